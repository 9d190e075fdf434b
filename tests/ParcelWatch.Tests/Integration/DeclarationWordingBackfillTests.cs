using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Integration;

public sealed class DeclarationWordingBackfillTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task Reports_stored_before_the_wording_column_get_it_at_start_up()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var created = await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg() with { DeclarationText = "Mobile Phone, value $99" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        Assert.Equal("mobile phone", await db.ParcelReports.Where(p => p.Id == id).Select(p => p.DeclarationWording).SingleAsync());
        await db.ParcelReports.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.DeclarationWording, (string?)null));

        var filled = await DeclarationWordingBackfill.FillMissingAsync(db, CancellationToken.None);

        Assert.Equal(1, filled);
        Assert.Equal("mobile phone", await db.ParcelReports.Where(p => p.Id == id).Select(p => p.DeclarationWording).SingleAsync());
        Assert.Equal(0, await DeclarationWordingBackfill.FillMissingAsync(db, CancellationToken.None));
    }
}
