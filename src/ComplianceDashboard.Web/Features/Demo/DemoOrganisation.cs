namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>The people and service points of one demo station, with its deliberate staffing irregularities.</summary>
internal sealed class DemoOrganisation(DemoStationBundle bundle, Random random, int firstYear, int index)
{
    /// <summary>Everyone is in post two months before the first year shown; two approved terms cover all three years.</summary>
    private readonly DateOnly start = new(firstYear - 1, 11, 1);

    private static readonly FacilityKind[] Mandatory = [FacilityKind.DoorPlate, FacilityKind.ManagerCards, FacilityKind.Brochures, FacilityKind.DeskAndChairs, FacilityKind.SmartTerminal];
    private static readonly FacilityKind[] Optional = [FacilityKind.TablePlate, FacilityKind.WallMaterials, FacilityKind.ServiceLog, FacilityKind.InspectionLog, FacilityKind.OpinionBook, FacilityKind.WaitingArea, FacilityKind.FirstAidKit, FacilityKind.PosterScreen];

    private int Variant => index % 14;

    public int SecretaryId { get; private set; }

    /// <summary>A supervisor who does nothing for six months and is not dismissed (ground b, item 6).</summary>
    public (int PersonId, DateOnly From, DateOnly To)? Inactive { get; private set; }

    public IReadOnlyList<ServicePoint> Points => bundle.Station.ServicePoints;

    public void Build(ref int personId, ref int pointId, ref int assignmentId)
    {
        var station = bundle.Station;
        var secretary = AddPerson(ref personId, "党支部书记");
        SecretaryId = secretary.Id;
        var discipline = AddPerson(ref personId, "纪检委员");
        var staffRep = AddPerson(ref personId, "营销班班员");
        AddPerson(ref personId, "供电所所长");
        bundle.Group.Add(Member(secretary.Id, GroupRole.Leader, true));
        bundle.Group.Add(Member(discipline.Id, GroupRole.DisciplineMember, false));
        bundle.Group.Add(Member(staffRep.Id, GroupRole.StaffRepresentative, false));

        var pointCount = 2 + (index % 3 == 0 ? 1 : 0) + (index % 5 == 0 ? 1 : 0);
        for (var p = 0; p < pointCount; p++)
        {
            var point = AddPoint(ref pointId, p);
            station.ServicePoints.Add(point);
            var manager = AddPerson(ref personId, "台区经理");
            bundle.Assignments.Add(new PostAssignment { Id = ++assignmentId, PersonId = manager.Id, ServicePointId = point.Id, Role = PostRole.CustomerManager, From = point.OpenedOn });
            if (Variant == 11 && p == pointCount - 1)
            {
                continue; // a failing station never posted a supervisor at its newest point (item 4)
            }
            var supervisor = AddPerson(ref personId, p % 2 == 0 ? "营销班班员" : "运检班班员");
            bundle.Assignments.Add(new PostAssignment { Id = ++assignmentId, PersonId = supervisor.Id, ServicePointId = point.Id, Role = PostRole.Supervisor, From = point.OpenedOn });
            // Variant 13: the renewal was only recommended, never approved, so the post ends with the first term (任期届满, items 4 and 7).
            AddAppointments(supervisor.Id, point.OpenedOn, approved: !(Variant == 5 && p == 0), renewalPending: Variant == 13 && p == 0);
            if (p < 2)
            {
                bundle.Group.Add(Member(supervisor.Id, GroupRole.Supervisor, false));
            }
        }

        AddStaffingIrregularities(ref personId, ref assignmentId);
        AddProjectSupervisor(ref personId);
        bundle.ResponsibilityLists.Add(new ResponsibilityList { StationId = station.Id, Role = PostRole.CustomerManager, IssuedOn = start.AddDays(20), Title = "驻村客户经理工作责任清单" });
        if (Variant != 5)
        {
            bundle.ResponsibilityLists.Add(new ResponsibilityList { StationId = station.Id, Role = PostRole.Supervisor, IssuedOn = start.AddDays(20), Title = "站点廉政监督员工作责任清单" });
        }
    }

    /// <summary>The person holding a post at a point on a day, if any.</summary>
    public int? Holder(int pointId, PostRole role, DateOnly day) =>
        bundle.Assignments.FirstOrDefault(a => a.ServicePointId == pointId && a.Role == role && a.From <= day && (a.To is null || a.To >= day))?.PersonId;

    public IEnumerable<int> SupervisorsOn(DateOnly day) =>
        bundle.Assignments.Where(a => a.Role == PostRole.Supervisor && a.From <= day && (a.To is null || a.To >= day)).Select(a => a.PersonId).Distinct();

    /// <summary>工程廉政监督员 in post for the whole of [from, due]: they owe the monthly report and the yearly evaluation.</summary>
    public IEnumerable<int> ProjectSupervisorsThroughout(DateOnly from, DateOnly due) =>
        bundle.ProjectSupervisors.Where(p => p.From <= from && (p.To is null || p.To >= due)).Select(p => p.PersonId).Distinct();

    public IEnumerable<int> GroupOn(DateOnly day) =>
        bundle.Group.Where(m => m.From <= day && (m.To is null || m.To >= day)).Select(m => m.PersonId);

    public bool IsInactive(int? personId, DateOnly day) =>
        Inactive is { } x && x.PersonId == personId && day >= x.From && day <= x.To;

    private void AddStaffingIrregularities(ref int personId, ref int assignmentId)
    {
        var lastYear = firstYear + 1; // the second full year shown
        switch (Variant)
        {
            case 4: // customer manager leaves; the replacement comes after more than a month (item 7)
                Replace(ref personId, ref assignmentId, Points[^1].Id, PostRole.CustomerManager, new DateOnly(lastYear, 5, 10), new DateOnly(lastYear, 6, 25), VacancyReason.Left);
                break;
            case 6: // supervisor leaves and is replaced within the month
                Replace(ref personId, ref assignmentId, Points[0].Id, PostRole.Supervisor, new DateOnly(lastYear, 8, 31), new DateOnly(lastYear, 9, 15), VacancyReason.Left);
                break;
            case 9: // supervisor dismissed for a job change (ground c) and replaced promptly
                var dismissedOn = new DateOnly(lastYear, 3, 20);
                var leaving = Replace(ref personId, ref assignmentId, Points[0].Id, PostRole.Supervisor, dismissedOn, dismissedOn.AddDays(10), VacancyReason.Dismissed);
                bundle.Dismissals.Add(new DismissalCase { PersonId = leaving, Ground = DismissalGround.JobOrHealth, GroundOn = dismissedOn.AddDays(-12), DismissedOn = dismissedOn, Note = "岗位调整至县公司运检部" });
                break;
            case 7: // a supervisor stops all duties from February of the current year (ground b)
                var current = firstYear + 2;
                var supervisor = Holder(Points[0].Id, PostRole.Supervisor, new DateOnly(current, 1, 1))!.Value;
                Inactive = (supervisor, new DateOnly(current, 2, 1), new DateOnly(current, 8, 31));
                break;
        }
    }

    private int Replace(ref int personId, ref int assignmentId, int pointId, PostRole role, DateOnly leftOn, DateOnly refilledOn, VacancyReason reason)
    {
        var old = bundle.Assignments.Single(a => a.ServicePointId == pointId && a.Role == role && a.To is null);
        old.To = leftOn;
        old.EndReason = reason;
        var successor = AddPerson(ref personId, role == PostRole.Supervisor ? "营销班班员" : "台区经理");
        bundle.Assignments.Add(new PostAssignment { Id = ++assignmentId, PersonId = successor.Id, ServicePointId = pointId, Role = role, From = refilledOn });
        if (role == PostRole.Supervisor)
        {
            AddAppointments(successor.Id, refilledOn, approved: true);
            var membership = bundle.Group.FirstOrDefault(m => m.PersonId == old.PersonId);
            if (membership is not null)
            {
                membership.To = leftOn;
                bundle.Group.Add(Member(successor.Id, GroupRole.Supervisor, false, refilledOn));
            }
        }
        return old.PersonId;
    }

    /// <summary>
    /// Variants 1 and 8: a major engineering project adds a 工程廉政监督员 (§5.2.3.10), appointed like a site supervisor —
    /// a finished project in the previous year (variant 1) and one still running this year (variant 8). Drawn from a
    /// random of its own so the rest of the station's demo data stays as it was.
    /// </summary>
    private void AddProjectSupervisor(ref int personId)
    {
        if (Variant is not (1 or 8))
        {
            return;
        }
        var own = new Random(index * 7919 + 2022);
        var (project, from, to) = Variant == 1
            ? ($"10kV{DemoText.Villages[index % DemoText.Villages.Length]}线改造工程", new DateOnly(firstYear + 1, 3, 1), (DateOnly?)new DateOnly(firstYear + 1, 10, 31))
            : ($"{DemoText.Villages[(index + 5) % DemoText.Villages.Length]}农网升级工程", new DateOnly(firstYear + 2, 4, 1), null);
        var person = new Person { Id = ++personId, StationId = bundle.Station.Id, Name = DemoText.PersonName(own), JobTitle = "运检班班员", Phone = $"139{own.Next(10000000, 99999999)}" };
        bundle.Station.People.Add(person);
        AddAppointments(person.Id, from.AddDays(-10), approved: true, rng: own);
        bundle.ProjectSupervisors.Add(new ProjectSupervisor
        {
            StationId = bundle.Station.Id, ProjectName = project, PersonId = person.Id, From = from, To = to,
            EndReason = to is null ? null : VacancyReason.Left, Note = to is null ? "监督工程招标、物资和施工过程" : "工程竣工验收后结束",
        });
    }

    private void AddAppointments(int personId, DateOnly from, bool approved, bool renewalPending = false, Random? rng = null)
    {
        rng ??= random;
        var termStart = from;
        for (var term = 1; term <= 2 && termStart <= start.AddYears(4); term++)
        {
            var recommended = termStart.AddDays(-30);
            var docYear = termStart.Year;
            var selfNominated = rng.Next(4) == 0;
            var documentNo = approved ? $"武电纪〔{docYear}〕{rng.Next(3, 48)}号" : null;
            var isApproved = approved && !(renewalPending && term == 2);
            bundle.Appointments.Add(new SupervisorAppointment
            {
                PersonId = personId,
                Status = isApproved ? AppointmentStatus.Approved : approved ? AppointmentStatus.Recommended : AppointmentStatus.Reviewed,
                SelfNominated = selfNominated,
                RecommendedOn = recommended,
                ReviewedOn = isApproved || !approved ? recommended.AddDays(12) : null,
                DocumentNo = isApproved ? documentNo : null,
                ApprovedOn = isApproved ? termStart.AddDays(-3) : null,
                TermStart = termStart,
                TermEnd = termStart.AddYears(2).AddDays(-1),
                ConsecutiveTerm = term,
            });
            termStart = termStart.AddYears(2);
        }
    }

    private ServicePoint AddPoint(ref int pointId, int p)
    {
        var venue = (p, index % 4) switch
        {
            (0, _) => index % 2 == 0 ? VenueType.BusinessHall : VenueType.RedBoatStation,
            (_, 1) => VenueType.Cloud,
            (_, 2) => VenueType.PartyServiceCenter,
            (_, 3) => VenueType.ConvenienceCenter,
            _ => VenueType.PowerStation,
        };
        var village = DemoText.Villages[(index * 3 + p) % DemoText.Villages.Length];
        var point = new ServicePoint
        {
            Id = ++pointId,
            StationId = bundle.Station.Id,
            Name = $"{village}驻村服务站点",
            Village = village,
            Venue = venue,
            OpenedOn = p < 3 ? start : new DateOnly(firstYear + 2, 3, 12), // the fourth point opens mid-year
            OffersConsultation = true,
            OffersQuery = true,
            OffersBillPayment = !(Variant == 11 && p == 1),
        };
        foreach (var kind in Mandatory)
        {
            if (Variant == 5 && p == 1 && kind == FacilityKind.Brochures)
            {
                continue; // shortfall shown on the facility inventory (item 3)
            }
            point.Facilities.Add(new ServicePointFacility { Kind = kind, Quantity = kind == FacilityKind.Brochures ? 20 + random.Next(30) : 1 });
        }
        foreach (var kind in Optional.Where(_ => random.Next(2) == 0))
        {
            point.Facilities.Add(new ServicePointFacility { Kind = kind, Quantity = 1 });
        }
        return point;
    }

    private Person AddPerson(ref int personId, string job)
    {
        var person = new Person { Id = ++personId, StationId = bundle.Station.Id, Name = DemoText.PersonName(random), JobTitle = job, Phone = $"139{random.Next(10000000, 99999999)}" };
        bundle.Station.People.Add(person);
        return person;
    }

    private GroupMembership Member(int personId, GroupRole role, bool secretary, DateOnly? from = null) =>
        new() { StationId = bundle.Station.Id, PersonId = personId, Role = role, IsPartySecretary = secretary, From = from ?? start };
}
