-- 0006: sessions on the server; a cookie or token is honoured only while the session it names is open.
CREATE TABLE "UserSessions" (
    "Id" uuid NOT NULL,
    "UserId" character varying(450) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "EndedAt" timestamp with time zone,
    CONSTRAINT "PK_UserSessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");
