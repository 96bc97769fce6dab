using Laboratori.Contracts;

namespace Laboratori.LoadTest.Client;

/// <summary>A staff member's token from <c>POST /api/auth/login</c>.</summary>
public sealed record StaffLogin(string Token, string UserId, string Role, string DisplayName);
