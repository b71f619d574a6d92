namespace IncentiveCompliance.Web.Api.Description;

/// <summary>The API's areas: one tag each, with the description the reference shows above the area's operations.</summary>
public static class ApiTags
{
    public const string Access = "Acceso";
    public const string Account = "Cuenta";
    public const string Users = "Usuarios";
    public const string Territory = "Territorio";
    public const string Program = "Programa y calendario";
    public const string Submissions = "Avances y revisión";
    public const string Compliance = "Cumplimiento y auditoría";
    public const string National = "Vista nacional";
    public const string Trainings = "Capacitaciones";
    public const string Budget = "Presupuesto PP 0030";
    public const string Reports = "Reportes";
    public const string Notifications = "Notificaciones";
    public const string Home = "Inicio";
    public const string Transparency = "Transparencia";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Access, "Obtener y revocar el token de acceso (Bearer) y completar el segundo paso del inicio de sesión."),
        (Account, "La cuenta de quien llama: contraseña y verificación en dos pasos."),
        (Users, "Cuentas de los usuarios, sus roles y su ámbito (región o municipalidad): solo administradores."),
        (Territory, "Regiones, municipalidades (ubigeo del INEI) y sus datos de gestión: tipo del PI y unidad ejecutora del SIAF."),
        (Program, "El catálogo anual de metas y requisitos del Programa de Incentivos y los feriados que cuentan los plazos."),
        (Submissions, "Los avances que registra la municipalidad, con sus evidencias, y la revisión de la Secretaría Técnica (aprobar, observar, rechazar)."),
        (Compliance, "El cumplimiento por municipalidad y por región, su matriz descargable y la bitácora de auditoría."),
        (National, "Todas las regiones a la vez, para los ministerios (MININTER – DGSC, MEF – DGPP): solo lectura, sin evidencias ni datos personales."),
        (Trainings, "Capacitaciones de la región, sus participantes, la asistencia y las constancias."),
        (Budget, "Ejecución del programa presupuestal 0030 importada de los datos abiertos del MEF: PIA, PIM, certificación, compromiso, devengado, girado."),
        (Reports, "Reportes de cumplimiento en PDF para el comité regional: a pedido o programados, generados en segundo plano."),
        (Notifications, "Avisos para quien llama: observaciones, plazos y reportes listos."),
        (Home, "Lo que cada rol tiene por hacer hoy: las cifras de su página de inicio, cada una el total de una lista que la API también entrega."),
        (Transparency, "El ranking de cumplimiento que cada región decide publicar: se lee sin token (`/api/v1/public`), sin datos personales."),
    ];
}
