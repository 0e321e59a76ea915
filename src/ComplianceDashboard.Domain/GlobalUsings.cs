// The domain's own vocabulary, used throughout the library: the calendar, the facts a grade is computed from and the
// scheme. A file names only what is particular to it.
global using ComplianceDashboard.Domain.Calendar;
global using ComplianceDashboard.Domain.Facts;
global using ComplianceDashboard.Domain.Schemes;
