// The namespaces nearly every feature uses: the data model and EF Core, the domain library, grading, the app's
// infrastructure (clock, options, CurrentUser, CommandResult, exports, start-up steps), the record pipeline that
// other features feed, chart options and UI text. A file names only what is particular to it.
global using ComplianceDashboard.Domain.Calendar;
global using ComplianceDashboard.Domain.Facts;
global using ComplianceDashboard.Domain.Schemes;
global using ComplianceDashboard.Domain.Scoring;
global using ComplianceDashboard.Web.Components.Charts;
global using ComplianceDashboard.Web.Data;
global using ComplianceDashboard.Web.Data.Entities;
global using ComplianceDashboard.Web.Features.Records;
global using ComplianceDashboard.Web.Grading;
global using ComplianceDashboard.Web.Infrastructure;
global using ComplianceDashboard.Web.Infrastructure.Export;
global using ComplianceDashboard.Web.Infrastructure.Security;
global using ComplianceDashboard.Web.Infrastructure.Startup;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
global using Microsoft.Extensions.Options;
