using IncentiveCompliance.Core.Domain.Audit;

namespace IncentiveCompliance.Core.Common.Vocabulary;

public static partial class Words
{
    /// <summary>What someone did, as the audit trail, the security events and a submission's history list it.</summary>
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.EvidenceUploaded => "Subió una evidencia",
        AuditAction.SubmissionDrafted => "Guardó un borrador",
        AuditAction.SubmissionSubmitted => "Envió el avance para revisión",
        AuditAction.SubmissionReviewed => "Revisó el avance",
        AuditAction.SubmissionDraftReplaced => "Reemplazó un borrador",
        AuditAction.SubmissionApprovedByTraining => "Requisito cumplido por asistencia a capacitación",
        AuditAction.CatalogueLoaded => "Cargó el catálogo del año",
        AuditAction.HolidaySaved => "Registró un feriado",
        AuditAction.HolidayRemoved => "Quitó un feriado",
        AuditAction.MunicipalityUpdated => "Cambió el tipo PI o la unidad ejecutora",
        AuditAction.TrainingCreated => "Creó una capacitación",
        AuditAction.TrainingUpdated => "Modificó una capacitación",
        AuditAction.AttendanceRecorded => "Registró asistencia a una capacitación",
        AuditAction.CertificateDownloaded => "Descargó una constancia de asistencia",
        AuditAction.BudgetImportRequested => "Subió un archivo de ejecución presupuestal",
        AuditAction.BudgetImported => "Importó la ejecución presupuestal PP 0030",
        AuditAction.BudgetMonthReviewed => "Revisó la ejecución presupuestal de un mes",
        AuditAction.ReportRequested => "Pidió un reporte de cumplimiento",
        AuditAction.ReportScheduleSaved => "Cambió la programación de reportes",
        AuditAction.AuditExported => "Descargó la auditoría",
        AuditAction.RankingPublished => "Publicó el ranking de cumplimiento",
        AuditAction.RankingWithdrawn => "Retiró la publicación del ranking de cumplimiento",
        AuditAction.AccountSignedIn => "Ingresó",
        AuditAction.AccountSignInFailed => "Intento de ingreso fallido",
        AuditAction.AccountSignedOut => "Cerró sesión",
        AuditAction.AccountSecondFactorFailed => "Código de verificación incorrecto",
        AuditAction.AccountSecondFactorVerified => "Verificó el segundo paso",
        AuditAction.AccountSecondFactorEnabled => "Activó la verificación en dos pasos",
        AuditAction.AccountSecondFactorDisabled => "Desactivó la verificación en dos pasos",
        AuditAction.AccountPasswordChanged => "Cambió su contraseña",
        AuditAction.UserCreated => "Creó un usuario",
        AuditAction.UserRoleChanged => "Cambió el rol de un usuario",
        AuditAction.UserPasswordReset => "Contraseña restablecida",
        AuditAction.UserDisabled => "Cuenta desactivada",
        AuditAction.UserEnabled => "Cuenta activada",
        AuditAction.SessionKeysRotated => "Rotó las claves de las sesiones",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
