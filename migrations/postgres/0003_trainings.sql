-- 0003: training events and attendance (by DNI, once per event); a submission may name the training that is its evidence.
CREATE TABLE "TrainingEvents" (
    "Id" uuid NOT NULL,
    "RegionCode" character varying(2) NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Topics" character varying(2000) NOT NULL,
    "Date" date NOT NULL,
    "Hours" numeric(6,2) NOT NULL,
    "Modality" character varying(10) NOT NULL,
    "Place" character varying(300) NOT NULL,
    "Organiser" character varying(300) NOT NULL,
    "TargetPositions" character varying(200) NOT NULL,
    "RequirementCodes" character varying(200) NOT NULL,
    CONSTRAINT "PK_TrainingEvents" PRIMARY KEY ("Id")
);

CREATE TABLE "Attendance" (
    "Id" uuid NOT NULL,
    "TrainingEventId" uuid NOT NULL,
    "Dni" character varying(8) NOT NULL,
    "FullName" character varying(200) NOT NULL,
    "Ubigeo" character varying(6) NOT NULL,
    "Position" character varying(20) NOT NULL,
    "Email" character varying(256),
    "Phone" character varying(30),
    "Status" character varying(12) NOT NULL,
    "HoursAttended" numeric(6,2),
    CONSTRAINT "PK_Attendance" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Attendance_Municipalities_Ubigeo" FOREIGN KEY ("Ubigeo") REFERENCES "Municipalities" ("Ubigeo") ON DELETE RESTRICT,
    CONSTRAINT "FK_Attendance_TrainingEvents_TrainingEventId" FOREIGN KEY ("TrainingEventId") REFERENCES "TrainingEvents" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Submissions" ADD "TrainingEventId" uuid;

ALTER TABLE "Submissions" ADD CONSTRAINT "FK_Submissions_TrainingEvents_TrainingEventId" FOREIGN KEY ("TrainingEventId") REFERENCES "TrainingEvents" ("Id") ON DELETE RESTRICT;

CREATE UNIQUE INDEX "IX_Attendance_TrainingEventId_Dni" ON "Attendance" ("TrainingEventId", "Dni");

CREATE INDEX "IX_Attendance_Ubigeo" ON "Attendance" ("Ubigeo");

CREATE INDEX "IX_TrainingEvents_RegionCode_Date" ON "TrainingEvents" ("RegionCode", "Date");

CREATE INDEX "IX_Submissions_TrainingEventId" ON "Submissions" ("TrainingEventId");
