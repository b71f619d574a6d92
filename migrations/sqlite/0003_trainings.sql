-- 0003: training events and attendance (by DNI, once per event); a submission may name the training that is its evidence.
CREATE TABLE "TrainingEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TrainingEvents" PRIMARY KEY,
    "RegionCode" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Topics" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Hours" TEXT NOT NULL,
    "Modality" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "Organiser" TEXT NOT NULL,
    "TargetPositions" TEXT NOT NULL,
    "RequirementCodes" TEXT NOT NULL
);

CREATE TABLE "Attendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attendance" PRIMARY KEY,
    "TrainingEventId" TEXT NOT NULL,
    "Dni" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Ubigeo" TEXT NOT NULL,
    "Position" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Status" TEXT NOT NULL,
    "HoursAttended" TEXT NULL,
    CONSTRAINT "FK_Attendance_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT,
    CONSTRAINT "FK_Attendance_TrainingEvents_TrainingEventId" FOREIGN KEY ("TrainingEventId") REFERENCES "TrainingEvents" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Submissions" ADD COLUMN "TrainingEventId" TEXT NULL REFERENCES "TrainingEvents" ("Id") ON DELETE RESTRICT;

CREATE UNIQUE INDEX "IX_Attendance_TrainingEventId_Dni" ON "Attendance" ("TrainingEventId", "Dni");

CREATE INDEX "IX_Attendance_Ubigeo" ON "Attendance" ("Ubigeo");

CREATE INDEX "IX_TrainingEvents_RegionCode_Date" ON "TrainingEvents" ("RegionCode", "Date");

CREATE INDEX "IX_Submissions_TrainingEventId" ON "Submissions" ("TrainingEventId");
