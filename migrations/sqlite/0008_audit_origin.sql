-- 0008: each audit entry keeps the client's address and browser (security events above all).
ALTER TABLE "AuditTrail" ADD COLUMN "Address" TEXT NULL;

ALTER TABLE "AuditTrail" ADD COLUMN "Browser" TEXT NULL;
