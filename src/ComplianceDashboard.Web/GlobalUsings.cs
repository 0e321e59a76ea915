// The namespaces nearly every feature uses: the data model and EF Core, the domain library, grading and the app's
// infrastructure (clock, options, CurrentUser, CommandResult). A file names only what is particular to it.
global using ComplianceDashboard.Domain.Calendar;
global using ComplianceDashboard.Domain.Facts;
global using ComplianceDashboard.Domain.Schemes;
global using ComplianceDashboard.Domain.Scoring;
global using ComplianceDashboard.Web.Data;
global using ComplianceDashboard.Web.Data.Entities;
global using ComplianceDashboard.Web.Grading;
global using ComplianceDashboard.Web.Infrastructure;
global using ComplianceDashboard.Web.Infrastructure.Security;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Options;
