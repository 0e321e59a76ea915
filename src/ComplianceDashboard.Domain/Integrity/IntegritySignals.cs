namespace ComplianceDashboard.Domain.Integrity;

/// <summary>
/// The six evidence-integrity signals, each a pure function of plain facts (no clock, no I/O). A signal is a
/// reason to look, not a finding: each carries a plain Chinese explanation and the records involved.
/// </summary>
public static class IntegritySignals
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Kinds whose text is minutes or inspection findings, compared for copies.</summary>
    public static readonly IReadOnlySet<RecordKind> TextKinds = new HashSet<RecordKind>
    {
        RecordKind.GroupMeeting, RecordKind.JointMeeting, RecordKind.SpecialInspection, RecordKind.FourWindsInspection,
    };

    /// <summary>Every signal of the stations in <paramref name="stationIds"/> (null: all stations in the input).</summary>
    public static IReadOnlyList<IntegritySignal> Compute(IntegrityInput input, IntegrityThresholds thresholds, IReadOnlySet<int>? stationIds = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(thresholds);
        IEnumerable<IntegritySignal> all =
        [
            .. LateEntries(input.Records, thresholds),
            .. BurstsBeforeEvaluation(input.Records, input.EvaluationOpens, thresholds),
            .. ReusedAttachments(input.Records),
            .. CopiedTexts(input.Records, thresholds),
            .. ImpossibleAttendance(input.Records, input.PostTerms),
            .. ChangesAfterFinalisation(input.History, input.Finalisations),
        ];
        return [.. all.Where(s => stationIds is null || stationIds.Contains(s.StationId))];
    }

    /// <summary>
    /// 1. Late entry: a record entered more than <see cref="IntegrityThresholds.LateEntryDays"/> days after its event
    /// date, or after its period's due date; one signal per station and month of the event. Strength: the share of
    /// that station-month's records entered late.
    /// </summary>
    public static IEnumerable<IntegritySignal> LateEntries(IReadOnlyList<IntegrityRecordFact> records, IntegrityThresholds thresholds)
    {
        foreach (var month in records.GroupBy(r => (r.StationId, r.EventDate.Year, r.EventDate.Month)).OrderBy(g => g.Key))
        {
            var late = month
                .Select(r => (Record: r, Entered: DateOnly.FromDateTime(r.EnteredAt)))
                .Where(x => x.Entered.DayNumber - x.Record.EventDate.DayNumber > thresholds.LateEntryDays || x.Entered > x.Record.DueDate)
                .ToList();
            if (late.Count == 0)
            {
                continue;
            }
            var slow = late.Where(x => x.Entered.DayNumber - x.Record.EventDate.DayNumber > thresholds.LateEntryDays).ToList();
            var afterDue = late.Count(x => x.Entered > x.Record.DueDate);
            var latest = slow.Count == 0 ? 0 : slow.Max(x => x.Entered.DayNumber - x.Record.EventDate.DayNumber);
            var text = (slow.Count, afterDue) switch
            {
                ( > 0, > 0) => new SignalText(SignalText.LateSlowAndAfterDue, month.Key.Year, month.Key.Month, month.Count(), late.Count, slow.Count, thresholds.LateEntryDays, latest, afterDue),
                ( > 0, _) => new SignalText(SignalText.LateSlow, month.Key.Year, month.Key.Month, month.Count(), late.Count, slow.Count, thresholds.LateEntryDays, latest),
                _ => new SignalText(SignalText.LateAfterDue, month.Key.Year, month.Key.Month, month.Count(), late.Count, afterDue),
            };
            yield return new IntegritySignal(SignalKind.LateEntry, month.Key.StationId, month.Key.Year, month.Key.Month,
                Round((double)late.Count / month.Count()), text, [.. late.Select(x => x.Record.Id).Order()]);
        }
    }

    /// <summary>
    /// 2. Burst before evaluation. For each station-year with a known evaluation opening day E, the window is the
    /// <see cref="IntegrityThresholds.BurstWindowDays"/> days before E. share = the year's records entered in the
    /// window ÷ all the year's records; pace ratio = records per day entered in the window ÷ records per day entered
    /// from 1 January to the window's start (the station's own rhythm). It fires when share ≥ BurstMinShare, the pace
    /// ratio ≥ BurstMinRatio and share ≥ BurstMinRatio × the county's median share for that year. Strength: share.
    /// </summary>
    public static IEnumerable<IntegritySignal> BurstsBeforeEvaluation(IReadOnlyList<IntegrityRecordFact> records, IReadOnlyDictionary<int, DateOnly> evaluationOpens, IntegrityThresholds thresholds)
    {
        foreach (var year in records.GroupBy(r => r.EventDate.Year).OrderBy(g => g.Key))
        {
            if (!evaluationOpens.TryGetValue(year.Key, out var opens))
            {
                continue;
            }
            var windowStart = opens.AddDays(-thresholds.BurstWindowDays);
            var yearStart = new DateOnly(year.Key, 1, 1);
            var stations = year.GroupBy(r => r.StationId)
                .Select(g =>
                {
                    var inWindow = g.Where(r => Entered(r) >= windowStart && Entered(r) < opens).ToList();
                    var before = g.Count(r => Entered(r) >= yearStart && Entered(r) < windowStart);
                    return (StationId: g.Key, Total: g.Count(), InWindow: inWindow, Before: before);
                })
                .ToList();
            var shares = stations.Select(s => (double)s.InWindow.Count / s.Total).Order().ToList();
            var median = shares.Count == 0 ? 0 : shares.Count % 2 == 1 ? shares[shares.Count / 2] : (shares[shares.Count / 2 - 1] + shares[shares.Count / 2]) / 2;
            var beforeDays = Math.Max(1, windowStart.DayNumber - yearStart.DayNumber);
            foreach (var s in stations.OrderBy(s => s.StationId))
            {
                if (s.Total < thresholds.BurstMinRecords || s.InWindow.Count == 0)
                {
                    continue;
                }
                var share = (double)s.InWindow.Count / s.Total;
                var windowPace = (double)s.InWindow.Count / thresholds.BurstWindowDays;
                var ownPace = (double)s.Before / beforeDays;
                var paceRatio = ownPace == 0 ? double.PositiveInfinity : windowPace / ownPace;
                if (share < thresholds.BurstMinShare || paceRatio < thresholds.BurstMinRatio || share < thresholds.BurstMinRatio * median)
                {
                    continue;
                }
                var text = double.IsPositiveInfinity(paceRatio)
                    ? new SignalText(SignalText.BurstNoHistory, year.Key, s.Total, s.InWindow.Count, share.ToString("P0", Invariant), opens.ToString("yyyy-MM-dd", Invariant), thresholds.BurstWindowDays, median.ToString("P0", Invariant))
                    : new SignalText(SignalText.Burst, year.Key, s.Total, s.InWindow.Count, share.ToString("P0", Invariant), opens.ToString("yyyy-MM-dd", Invariant), thresholds.BurstWindowDays, paceRatio.ToString("0.#", Invariant), median.ToString("P0", Invariant));
                var month = windowStart.Year == year.Key ? windowStart.Month : 12;
                yield return new IntegritySignal(SignalKind.BurstBeforeEvaluation, s.StationId, year.Key, month, Round(share), text,
                    [.. s.InWindow.Select(r => r.Id).Order()]);
            }
        }
    }

    /// <summary>
    /// 3. Reused attachment: the same file (SHA-256) attached to two or more different records — other periods,
    /// other meetings or other stations. One signal per file and station involved. Strength: 0.6 within one station,
    /// 0.8 across periods, 1 across stations.
    /// </summary>
    public static IEnumerable<IntegritySignal> ReusedAttachments(IReadOnlyList<IntegrityRecordFact> records)
    {
        var byHash = records
            .SelectMany(r => r.AttachmentHashes.Distinct(StringComparer.OrdinalIgnoreCase).Select(h => (Hash: h.ToLowerInvariant(), Record: r)))
            .GroupBy(x => x.Hash, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Record.Id).Distinct().Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var file in byHash)
        {
            var involved = file.Select(x => x.Record).DistinctBy(r => r.Id).ToList();
            var stations = involved.Select(r => r.StationId).Distinct().Count();
            var periods = involved.Select(r => r.DueDate).Distinct().Count();
            var strength = stations > 1 ? 1.0 : periods > 1 ? 0.8 : 0.6;
            var ids = involved.Select(r => r.Id).Order().ToList();
            var text = new SignalText(SignalText.ReusedAttachment, file.Key[..Math.Min(12, file.Key.Length)], involved.Count, stations, periods);
            foreach (var own in involved.GroupBy(r => r.StationId))
            {
                var first = own.MinBy(r => r.EventDate)!;
                yield return new IntegritySignal(SignalKind.ReusedAttachment, own.Key, first.EventDate.Year, first.EventDate.Month, strength, text, ids);
            }
        }
    }

    /// <summary>
    /// 4. Copied text: minutes or inspection findings of different months or stations whose normalised texts have a
    /// shingle Jaccard similarity ≥ <see cref="IntegrityThresholds.CopiedTextSimilarity"/>. Texts shorter than
    /// <see cref="IntegrityThresholds.MinTextLength"/> are not compared. Candidates are found through shingles shared
    /// by few records, so template phrases that occur everywhere cost nothing. One signal per pair and station
    /// involved; strength: the similarity.
    /// </summary>
    public static IEnumerable<IntegritySignal> CopiedTexts(IReadOnlyList<IntegrityRecordFact> records, IntegrityThresholds thresholds)
    {
        var texts = records
            .Where(r => TextKinds.Contains(r.Kind))
            .Select(r => (Record: r, Normalised: TextSimilarity.Normalise(r.Text)))
            .Where(x => x.Normalised.Length >= thresholds.MinTextLength)
            .Select(x => (x.Record, Shingles: TextSimilarity.Shingles(x.Normalised, thresholds.ShingleLength)))
            .ToList();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var shingle in texts[i].Shingles)
            {
                if (!postings.TryGetValue(shingle, out var list))
                {
                    postings[shingle] = list = [];
                }
                list.Add(i);
            }
        }
        // Two texts with Jaccard ≥ t share at least t of the smaller one's shingles, so at least one of its rarest
        // (1 − t)·n + 1 shingles: looking only there finds every pair above the threshold (prefix filtering).
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < texts.Count; i++)
        {
            var ordered = texts[i].Shingles.OrderBy(s => postings[s].Count).ThenBy(s => s, StringComparer.Ordinal).ToList();
            var prefix = (int)Math.Floor((1 - thresholds.CopiedTextSimilarity) * ordered.Count) + 1;
            foreach (var shingle in ordered.Take(prefix))
            {
                foreach (var j in postings[shingle])
                {
                    if (j != i)
                    {
                        pairs.Add(i < j ? (i, j) : (j, i));
                    }
                }
            }
        }
        foreach (var (i, j) in pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
        {
            var (a, b) = (texts[i].Record, texts[j].Record);
            var sameStationMonth = a.StationId == b.StationId && a.EventDate.Year == b.EventDate.Year && a.EventDate.Month == b.EventDate.Month;
            if (sameStationMonth)
            {
                continue;
            }
            var similarity = TextSimilarity.Jaccard(texts[i].Shingles, texts[j].Shingles);
            if (similarity < thresholds.CopiedTextSimilarity)
            {
                continue;
            }
            var text = new SignalText(a.StationId == b.StationId ? SignalText.CopiedSameStation : SignalText.CopiedOtherStation,
                a.EventDate.ToString("yyyy-MM-dd", Invariant), b.EventDate.ToString("yyyy-MM-dd", Invariant), similarity.ToString("P0", Invariant));
            var ids = new[] { a.Id, b.Id }.Order().ToList();
            yield return new IntegritySignal(SignalKind.CopiedText, a.StationId, a.EventDate.Year, a.EventDate.Month, Round(similarity), text, ids);
            if (b.StationId != a.StationId)
            {
                yield return new IntegritySignal(SignalKind.CopiedText, b.StationId, b.EventDate.Year, b.EventDate.Month, Round(similarity), text, ids);
            }
        }
    }

    /// <summary>
    /// 5. Impossible attendance: a person recorded present at two meetings whose times overlap (a meeting whose
    /// times are unknown takes its whole day, and two such meetings on one day clash only at different stations),
    /// or at a meeting on a day none of their posts covered. Strength 1.
    /// </summary>
    public static IEnumerable<IntegritySignal> ImpossibleAttendance(IReadOnlyList<IntegrityRecordFact> records, IReadOnlyList<PostTermFact> postTerms)
    {
        var meetings = records.Where(r => r.AttendeeIds.Count > 0).ToList();
        var terms = postTerms.ToLookup(t => t.PersonId);
        foreach (var meeting in meetings.OrderBy(m => m.Id))
        {
            var outside = meeting.AttendeeIds.Distinct()
                .Where(p => terms[p].Any() && !terms[p].Any(t => t.From <= meeting.EventDate && (t.To is null || t.To >= meeting.EventDate)))
                .Order()
                .ToList();
            if (outside.Count > 0)
            {
                var text = new SignalText(SignalText.AttendanceOutsideTerm, meeting.EventDate.ToString("yyyy-MM-dd", Invariant), outside.Count, string.Join(", ", outside));
                yield return new IntegritySignal(SignalKind.ImpossibleAttendance, meeting.StationId, meeting.EventDate.Year, meeting.EventDate.Month, 1, text, [meeting.Id]);
            }
        }
        var byPerson = meetings.SelectMany(m => m.AttendeeIds.Distinct().Select(p => (Person: p, Meeting: m))).GroupBy(x => x.Person).OrderBy(g => g.Key);
        foreach (var person in byPerson)
        {
            var list = person.Select(x => x.Meeting).OrderBy(m => m.EventDate).ThenBy(m => m.Id).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && list[j].EventDate == list[i].EventDate; j++)
                {
                    if (!Clash(list[i], list[j]))
                    {
                        continue;
                    }
                    var (a, b) = (list[i], list[j]);
                    var text = new SignalText(SignalText.AttendanceTwoMeetings, person.Key, a.EventDate.ToString("yyyy-MM-dd", Invariant), a.Id, b.Id);
                    long[] ids = [Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id)];
                    yield return new IntegritySignal(SignalKind.ImpossibleAttendance, a.StationId, a.EventDate.Year, a.EventDate.Month, 1, text, ids);
                    if (b.StationId != a.StationId)
                    {
                        yield return new IntegritySignal(SignalKind.ImpossibleAttendance, b.StationId, b.EventDate.Year, b.EventDate.Month, 1, text, ids);
                    }
                }
            }
        }
    }

    private static bool Clash(IntegrityRecordFact a, IntegrityRecordFact b)
    {
        if (a.StartsAt is { } aStart && a.EndsAt is { } aEnd && b.StartsAt is { } bStart && b.EndsAt is { } bEnd)
        {
            return aStart < bEnd && bStart < aEnd;
        }
        return a.StationId != b.StationId; // only the day is known: one person cannot attend meetings of two stations that day
    }

    /// <summary>
    /// 6. Changes after finalisation: a record of a finalised station-year edited or deleted after the finalisation
    /// (from its history). One signal per station-year; strength 0.5 for edits only, 1 when a record was deleted.
    /// </summary>
    public static IEnumerable<IntegritySignal> ChangesAfterFinalisation(IReadOnlyList<RecordHistoryFact> history, IReadOnlyList<FinalisationFact> finalisations)
    {
        var finalised = finalisations.GroupBy(f => (f.StationId, f.Year)).ToDictionary(g => g.Key, g => g.Min(f => f.FinalisedAt));
        var after = history
            .Where(h => h.Action != HistoryActionFact.Created
                        && finalised.TryGetValue((h.StationId, h.RecordYear), out var at) && h.ChangedAt > at)
            .GroupBy(h => (h.StationId, h.RecordYear))
            .OrderBy(g => g.Key);
        foreach (var year in after)
        {
            var at = finalised[year.Key];
            var edits = year.Count(h => h.Action == HistoryActionFact.Updated);
            var deletes = year.Count(h => h.Action == HistoryActionFact.Deleted);
            var last = year.Max(h => h.ChangedAt);
            var text = new SignalText(SignalText.ChangedAfterFinalisation, year.Key.RecordYear, at.ToString("yyyy-MM-dd", Invariant), edits, deletes, last.ToString("yyyy-MM-dd", Invariant));
            yield return new IntegritySignal(SignalKind.ChangedAfterFinalisation, year.Key.StationId, year.Key.RecordYear, last.Year == year.Key.RecordYear ? last.Month : 12,
                deletes > 0 ? 1 : 0.5, text, [.. year.Select(h => h.RecordId).Distinct().Order()]);
        }
    }

    private static DateOnly Entered(IntegrityRecordFact r) => DateOnly.FromDateTime(r.EnteredAt);

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0, 1), 2);
}
