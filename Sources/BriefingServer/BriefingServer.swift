/// Serves a built site locally and rebuilds it when its sources change (`briefing serve`).
public enum BriefingServer {}
