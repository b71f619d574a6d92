-- 0008: each audit entry keeps the client's address and browser (security events above all).
ALTER TABLE "AuditTrail" ADD "Address" character varying(45);

ALTER TABLE "AuditTrail" ADD "Browser" character varying(300);
