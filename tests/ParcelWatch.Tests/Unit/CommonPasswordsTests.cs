using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParcelWatch.Tests.Support;
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

    [Theory]
    [InlineData("en", "This password is too common and easy to guess; choose another, a short phrase works well.")]
    [InlineData("ru", "Этот пароль слишком распространён и легко угадывается; выберите другой — хорошо подойдёт короткая фраза.")]
    public async Task A_common_password_is_refused_in_the_readers_language(string language, string message)
    {
        using var _ = new CultureScope(language);

        var result = await Validator.ValidateAsync(null!, new object(), "qwerty123");

        Assert.Equal(message, Assert.Single(result.Errors).Description);
    }

    [Theory]
    [InlineData("QWERTY123")]
    [InlineData("QwErTy123")]
    [InlineData(" qwerty123")]
    [InlineData("qwerty123\t")]
    [InlineData("  ЙЦУКЕНГШ  ")]
    public async Task Case_and_surrounding_blanks_do_not_hide_a_common_password(string password)
    {
        var result = await Validator.ValidateAsync(null!, new object(), password);

        Assert.Equal(CommonPasswordValidator<object>.TooCommonCode, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("qwerty123x")] // a common one with a character more is not on the list
    [InlineData("vnukovo released my redmi")]
    [InlineData("Зелёный чемодан 2017")]
    public async Task A_password_that_is_not_on_the_list_passes(string password)
    {
        var result = await Validator.ValidateAsync(null!, new object(), password);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Code)));
    }
}
