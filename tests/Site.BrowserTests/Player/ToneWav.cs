namespace Site.BrowserTests.Player;

/// <summary>A WAV file of tones written here, so the player tests need no recording and no audio tool.</summary>
public static class ToneWav
{
    /// <summary>16-bit mono PCM at 8 kHz: <paramref name="seconds"/> of tones, a different pitch every three seconds.</summary>
    public static byte[] Create(int seconds)
    {
        const int Rate = 8000;
        var samples = Rate * seconds;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + (samples * 2));
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16); // size of the format chunk
        writer.Write((short)1); // PCM
        writer.Write((short)1); // mono
        writer.Write(Rate);
        writer.Write(Rate * 2); // bytes per second
        writer.Write((short)2); // bytes per sample frame
        writer.Write((short)16); // bits per sample
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var index = 0; index < samples; index++)
        {
            var pitch = 220.0 * (1 + (index / (Rate * 3) % 4));
            writer.Write((short)(Math.Sin(2 * Math.PI * pitch * index / Rate) * 8000));
        }

        writer.Flush();
        return stream.ToArray();
    }
}
