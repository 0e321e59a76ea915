-- The schema of release 1 (2026-11-22), as its hand-written Init migration created it.
-- Kept to prove that databases created by that release upgrade in place (UpgradeInPlaceTests).
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "IsDisabled" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "EvaluationRounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvaluationRounds" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "SchemeCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ExpertItemCodes" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);


CREATE TABLE "JobRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JobRuns" PRIMARY KEY AUTOINCREMENT,
    "JobName" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Status" TEXT NOT NULL,
    "StationsTotal" INTEGER NOT NULL,
    "StationsDone" INTEGER NOT NULL,
    "StationsFailed" INTEGER NOT NULL,
    "Error" TEXT NULL
);


CREATE TABLE "RecordChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecordChanges" PRIMARY KEY AUTOINCREMENT,
    "RecordId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "BeforeJson" TEXT NULL,
    "AfterJson" TEXT NULL,
    "Reason" TEXT NULL
);


CREATE TABLE "SignInAudits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SignInAudits" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "Succeeded" INTEGER NOT NULL,
    "Detail" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "RemoteIp" TEXT NULL
);


CREATE TABLE "Stations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Stations" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Township" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EvaluationTeamMembers" (
    "RoundId" INTEGER NOT NULL,
    "UserName" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    CONSTRAINT "PK_EvaluationTeamMembers" PRIMARY KEY ("RoundId", "UserName"),
    CONSTRAINT "FK_EvaluationTeamMembers_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SamplingDraws" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SamplingDraws" PRIMARY KEY AUTOINCREMENT,
    "RoundId" INTEGER NOT NULL,
    "Seed" INTEGER NOT NULL,
    "SampleSize" INTEGER NOT NULL,
    "Stratified" INTEGER NOT NULL,
    "CandidateIds" TEXT NOT NULL,
    "Bands" TEXT NOT NULL,
    "ResultIds" TEXT NOT NULL,
    "DrawnAt" TEXT NOT NULL,
    "DrawnBy" TEXT NOT NULL,
    CONSTRAINT "FK_SamplingDraws_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CorrectiveActions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CorrectiveActions" PRIMARY KEY AUTOINCREMENT,
    "RoundId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    "VerificationNote" TEXT NOT NULL,
    "Verified" INTEGER NULL,
    "VerifiedOn" TEXT NULL,
    "VerifiedNote" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_CorrectiveActions_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CorrectiveActions_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EvaluationRoundStations" (
    "RoundId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    CONSTRAINT "PK_EvaluationRoundStations" PRIMARY KEY ("RoundId", "StationId"),
    CONSTRAINT "FK_EvaluationRoundStations_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EvaluationRoundStations_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ExpertAdjustments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExpertAdjustments" PRIMARY KEY AUTOINCREMENT,
    "RoundId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    "ItemCode" TEXT NOT NULL,
    "Points" REAL NOT NULL,
    "Reason" TEXT NOT NULL,
    "AdjustedAt" TEXT NOT NULL,
    "AdjustedBy" TEXT NOT NULL,
    CONSTRAINT "FK_ExpertAdjustments_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ExpertAdjustments_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "GradeFinalizations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GradeFinalizations" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "SnapshotId" INTEGER NOT NULL,
    "Total" REAL NOT NULL,
    "GradeCode" TEXT NOT NULL,
    "FinalizedAt" TEXT NOT NULL,
    "FinalizedBy" TEXT NOT NULL,
    "RoundId" INTEGER NULL,
    "GradeLabel" TEXT NOT NULL,
    "ComputedTotal" REAL NOT NULL,
    "AdjustmentsJson" TEXT NOT NULL,
    "ReopenedAt" TEXT NULL,
    "ReopenedBy" TEXT NULL,
    "ReopenReason" TEXT NULL,
    CONSTRAINT "FK_GradeFinalizations_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "GradeSnapshots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GradeSnapshots" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "SchemeCode" TEXT NOT NULL,
    "SchemeVersion" TEXT NOT NULL,
    "AsOf" TEXT NOT NULL,
    "IsFinal" INTEGER NOT NULL,
    "IsLatest" INTEGER NOT NULL,
    "ComputedAt" TEXT NOT NULL,
    "JobRunId" INTEGER NULL,
    "BaseScore" REAL NOT NULL,
    "BonusScore" REAL NOT NULL,
    "Total" REAL NOT NULL,
    "GradeCode" TEXT NOT NULL,
    "GradeLabel" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "ItemsJson" TEXT NOT NULL,
    "CalendarJson" TEXT NOT NULL,
    CONSTRAINT "FK_GradeSnapshots_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "OnSiteFindings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OnSiteFindings" PRIMARY KEY AUTOINCREMENT,
    "RoundId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    "FoundOn" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Evaluator" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_OnSiteFindings_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OnSiteFindings_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "People" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_People" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    CONSTRAINT "FK_People_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ResponsibilityLists" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResponsibilityLists" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_ResponsibilityLists_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServicePoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServicePoints" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Village" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "OpenedOn" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    "OffersConsultation" INTEGER NOT NULL,
    "OffersQuery" INTEGER NOT NULL,
    "OffersBillPayment" INTEGER NOT NULL,
    CONSTRAINT "FK_ServicePoints_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StationAssessments" (
    "RoundId" INTEGER NOT NULL,
    "StationId" INTEGER NOT NULL,
    "Opinion" TEXT NOT NULL,
    "Suggestions" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_StationAssessments" PRIMARY KEY ("RoundId", "StationId"),
    CONSTRAINT "FK_StationAssessments_EvaluationRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "EvaluationRounds" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StationAssessments_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StationMonthStats" (
    "StationId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Due" INTEGER NOT NULL,
    "OnTime" INTEGER NOT NULL,
    "Late" INTEGER NOT NULL,
    "Missing" INTEGER NOT NULL,
    "Pending" INTEGER NOT NULL,
    "RiskDeduction" REAL NOT NULL,
    CONSTRAINT "PK_StationMonthStats" PRIMARY KEY ("StationId", "Year", "Month"),
    CONSTRAINT "FK_StationMonthStats_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserStationScopes" (
    "UserId" TEXT NOT NULL,
    "StationId" INTEGER NOT NULL,
    CONSTRAINT "PK_UserStationScopes" PRIMARY KEY ("UserId", "StationId"),
    CONSTRAINT "FK_UserStationScopes_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_UserStationScopes_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DismissalCases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DismissalCases" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Ground" TEXT NOT NULL,
    "GroundOn" TEXT NOT NULL,
    "DismissedOn" TEXT NULL,
    "Note" TEXT NOT NULL,
    CONSTRAINT "FK_DismissalCases_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "GroupMemberships" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupMemberships" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "IsPartySecretary" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_GroupMemberships_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GroupMemberships_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SupervisorAppointments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupervisorAppointments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SelfNominated" INTEGER NOT NULL,
    "RecommendedOn" TEXT NOT NULL,
    "ReviewedOn" TEXT NULL,
    "DocumentNo" TEXT NULL,
    "ApprovedOn" TEXT NULL,
    "TermStart" TEXT NOT NULL,
    "TermEnd" TEXT NOT NULL,
    "ConsecutiveTerm" INTEGER NOT NULL,
    CONSTRAINT "FK_SupervisorAppointments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PostAssignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PostAssignments" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "ServicePointId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "EndReason" TEXT NULL,
    CONSTRAINT "FK_PostAssignments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PostAssignments_ServicePoints_ServicePointId" FOREIGN KEY ("ServicePointId") REFERENCES "ServicePoints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Records" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY AUTOINCREMENT,
    "StationId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "EventDate" TEXT NOT NULL,
    "ForPeriod" TEXT NULL,
    "ServicePointId" INTEGER NULL,
    "PersonId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "MajorDecisionCount" INTEGER NOT NULL,
    "Attendees" INTEGER NOT NULL,
    "OutageType" TEXT NULL,
    "OutageStart" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "AnswersProblemId" INTEGER NULL,
    "Attributable" INTEGER NOT NULL,
    "RecognisedByVillagers" INTEGER NOT NULL,
    "RecognisedByLeadership" INTEGER NOT NULL,
    "HasClearResults" INTEGER NOT NULL,
    "PromotedCompanyWide" INTEGER NOT NULL,
    "Review" TEXT NOT NULL,
    "ReviewNote" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDeleted" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Records_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Records_ServicePoints_ServicePointId" FOREIGN KEY ("ServicePointId") REFERENCES "ServicePoints" ("Id"),
    CONSTRAINT "FK_Records_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServicePointFacilities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServicePointFacilities" PRIMARY KEY AUTOINCREMENT,
    "ServicePointId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "FK_ServicePointFacilities_ServicePoints_ServicePointId" FOREIGN KEY ("ServicePointId") REFERENCES "ServicePoints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY AUTOINCREMENT,
    "RecordId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StoragePath" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Attachments_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EmergingProblems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EmergingProblems" PRIMARY KEY AUTOINCREMENT,
    "RecordId" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "CorrectedOn" TEXT NULL,
    CONSTRAINT "FK_EmergingProblems_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeetingAttendances" (
    "RecordId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "PK_MeetingAttendances" PRIMARY KEY ("RecordId", "PersonId"),
    CONSTRAINT "FK_MeetingAttendances_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingAttendances_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_Attachments_RecordId" ON "Attachments" ("RecordId");


CREATE INDEX "IX_CorrectiveActions_RoundId_StationId" ON "CorrectiveActions" ("RoundId", "StationId");


CREATE INDEX "IX_CorrectiveActions_StationId" ON "CorrectiveActions" ("StationId");


CREATE INDEX "IX_DismissalCases_PersonId" ON "DismissalCases" ("PersonId");


CREATE INDEX "IX_EmergingProblems_RecordId" ON "EmergingProblems" ("RecordId");


CREATE INDEX "IX_EvaluationRounds_Year" ON "EvaluationRounds" ("Year");


CREATE INDEX "IX_EvaluationRoundStations_StationId" ON "EvaluationRoundStations" ("StationId");


CREATE UNIQUE INDEX "IX_ExpertAdjustments_RoundId_StationId_ItemCode" ON "ExpertAdjustments" ("RoundId", "StationId", "ItemCode");


CREATE INDEX "IX_ExpertAdjustments_StationId" ON "ExpertAdjustments" ("StationId");


CREATE INDEX "IX_GradeFinalizations_StationId_Year" ON "GradeFinalizations" ("StationId", "Year");


CREATE INDEX "IX_GradeSnapshots_StationId_Year_IsLatest" ON "GradeSnapshots" ("StationId", "Year", "IsLatest");


CREATE INDEX "IX_GradeSnapshots_Year_IsLatest" ON "GradeSnapshots" ("Year", "IsLatest");


CREATE INDEX "IX_GroupMemberships_PersonId" ON "GroupMemberships" ("PersonId");


CREATE INDEX "IX_GroupMemberships_StationId" ON "GroupMemberships" ("StationId");


CREATE INDEX "IX_JobRuns_StartedAt" ON "JobRuns" ("StartedAt");


CREATE INDEX "IX_MeetingAttendances_PersonId" ON "MeetingAttendances" ("PersonId");


CREATE INDEX "IX_OnSiteFindings_RoundId_StationId" ON "OnSiteFindings" ("RoundId", "StationId");


CREATE INDEX "IX_OnSiteFindings_StationId" ON "OnSiteFindings" ("StationId");


CREATE INDEX "IX_People_StationId" ON "People" ("StationId");


CREATE INDEX "IX_PostAssignments_PersonId" ON "PostAssignments" ("PersonId");


CREATE INDEX "IX_PostAssignments_ServicePointId_Role" ON "PostAssignments" ("ServicePointId", "Role");


CREATE INDEX "IX_RecordChanges_ChangedAt" ON "RecordChanges" ("ChangedAt");


CREATE INDEX "IX_RecordChanges_RecordId_Version" ON "RecordChanges" ("RecordId", "Version");


CREATE INDEX "IX_Records_PersonId" ON "Records" ("PersonId");


CREATE INDEX "IX_Records_ServicePointId" ON "Records" ("ServicePointId");


CREATE INDEX "IX_Records_StationId_EventDate" ON "Records" ("StationId", "EventDate");


CREATE INDEX "IX_Records_StationId_Kind" ON "Records" ("StationId", "Kind");


CREATE INDEX "IX_ResponsibilityLists_StationId" ON "ResponsibilityLists" ("StationId");


CREATE INDEX "IX_SamplingDraws_RoundId" ON "SamplingDraws" ("RoundId");


CREATE UNIQUE INDEX "IX_ServicePointFacilities_ServicePointId_Kind" ON "ServicePointFacilities" ("ServicePointId", "Kind");


CREATE INDEX "IX_ServicePoints_StationId" ON "ServicePoints" ("StationId");


CREATE INDEX "IX_SignInAudits_At" ON "SignInAudits" ("At");


CREATE INDEX "IX_StationAssessments_StationId" ON "StationAssessments" ("StationId");


CREATE INDEX "IX_StationMonthStats_Year_Month" ON "StationMonthStats" ("Year", "Month");


CREATE UNIQUE INDEX "IX_Stations_Code" ON "Stations" ("Code");


CREATE INDEX "IX_SupervisorAppointments_PersonId" ON "SupervisorAppointments" ("PersonId");


CREATE INDEX "IX_UserStationScopes_StationId" ON "UserStationScopes" ("StationId");
