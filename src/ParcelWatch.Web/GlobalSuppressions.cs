using System.Diagnostics.CodeAnalysis;

// "Shared" is a Visual Basic keyword; the app has no Visual Basic consumers, and Features/Shared says what the folder is:
// code that every feature uses and none owns.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:ParcelWatch.Web.Features.Shared", Justification = "No Visual Basic consumers; the folder's name says its role.")]
