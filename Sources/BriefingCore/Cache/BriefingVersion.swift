/// The version of briefing, written into caches so one version never trusts another's.
public enum BriefingVersion {
    public static let current = "0.1.0"
}
