import Testing
@testable import BriefingServer
