using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParcelWatch.Web.Features.Account;
using ParcelWatch.Web;

namespace ParcelWatch.Tests.Unit;

public sealed class CommonPasswordsTests
{
    private static readonly CommonPasswordValidator<object> Validator = new(
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("qwerty123")]
    [InlineData("1q2w3e4r")]
    [InlineData("йцукенгш")]
    public void Well_known_passwords_are_in_the_list(string password) => Assert.True(CommonPasswords.Contains(password));

    [Fact]
    public void The_list_is_loaded_from_the_embedded_file() => Assert.True(CommonPasswords.Count > 150);

    [Fact]
    public async Task A_common_password_is_refused_with_its_own_code()
    {
        var result = await Validator.ValidateAsync(null!, new object(), "Password123");

        Assert.False(result.Succeeded);
        Assert.Equal(CommonPasswordValidator<object>.TooCommonCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_long_lowercase_passphrase_passes()
    {
        var result = await Validator.ValidateAsync(null!, new object(), "correct horse battery staple");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Sixty_four_characters_pass_and_more_than_the_maximum_do_not()
    {
        Assert.True((await Validator.ValidateAsync(null!, new object(), new string('x', 64))).Succeeded);

        var tooLong = await Validator.ValidateAsync(null!, new object(), new string('x', IdentitySetup.MaximumPasswordLength + 1));
        Assert.Equal(CommonPasswordValidator<object>.TooLongCode, Assert.Single(tooLong.Errors).Code);
    }

    [Fact]
    public void Password_storage_follows_owasp() =>
        Assert.Equal(210_000, IdentitySetup.Pbkdf2Iterations);

    [Fact]
    public void Identity_result_type_is_the_framework_one() =>
        Assert.IsType<IdentityResult>(IdentityResult.Success);
}
