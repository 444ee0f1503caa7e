package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options get one clear line and exit code 2 (issue 14: CLI friction). */
class CliErrorsTest {
  @TempDir Path tmp;

  @Test
  void aBadDateIsOneLineWithAHintNotAStackTraceAndTheUsage() {
    LinkCommandTest.Run r =
        LinkCommandTest.run("stories", "--from", "2020-13-45", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("storylink: ")
        .contains("--from")
        .contains("2020-13-45")
        .contains("storylink stories --help")
        .doesNotContain("Exception")
        .doesNotContain("Usage:");
  }

  @Test
  void anUnknownLanguageCodeIsAnErrorNotAnEmptyList() {
    LinkCommandTest.Run r =
        LinkCommandTest.run("stories", "--lang", "xx", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("storylink: ").contains("'xx'").contains("ISO 639-1");
    // a region is accepted, as in articles
    LinkCommandTest.Run ok =
        LinkCommandTest.run("stories", "--lang", "fa-IR", "--data", tmp.resolve("s").toString());
    assertThat(ok.err()).doesNotContain("ISO 639-1");
  }

  @Test
  void serveRefusesAStoreThatIsNotThere() {
    Path typo = tmp.resolve("storylink-dta");
    LinkCommandTest.Run r = LinkCommandTest.run("serve", "--port", "0", "--data", typo.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("storylink: no store at " + typo).contains("serve --create");
    assertThat(typo).doesNotExist();
  }

  @Test
  void serveOnAPortInUseSaysSoInOneLineAndLeavesTheStoreAlone() throws Exception {
    Path data = tmp.resolve("data");
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());
      LinkCommandTest.Run r =
          LinkCommandTest.run("serve", "--create", "--port", port, "--data", data.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err())
          .startsWith("storylink: cannot listen on 127.0.0.1:" + port + ": the port is in use");
      assertThat(data).as("checked before the store opens").doesNotExist();
    }
  }

  @Test
  void serveOnAnAddressOfAnotherMachineSaysSoNotThatThePortIsInUse() throws Exception {
    Path token = java.nio.file.Files.writeString(tmp.resolve("token"), "a-token-of-20-chars!");
    // 192.0.2.1 (TEST-NET-1) is no address of this machine
    LinkCommandTest.Run r = serveOn("192.0.2.1", token);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "storylink: cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine")
        .doesNotContain("in use");
    assertThat(serveOn("no-such-host.invalid", token).err())
        .contains("unknown host no-such-host.invalid");
  }

  private LinkCommandTest.Run serveOn(String host, Path token) {
    return LinkCommandTest.run(
        "serve",
        "--create",
        "--port",
        "0",
        "--host",
        host,
        "--token-file",
        token.toString(),
        "--data",
        tmp.resolve("data").toString());
  }

  @Test
  void serveWithABadPollingOptionSaysWhichInOneLineBeforeTheStoreOpens() {
    Path data = tmp.resolve("data");
    LinkCommandTest.Run fast =
        LinkCommandTest.run(
            "serve",
            "--create",
            "--port",
            "0",
            "--poll-interval",
            "50ms",
            "--data",
            data.toString());
    assertThat(fast.code()).isEqualTo(2);
    assertThat(fast.err().strip().lines()).hasSize(1);
    assertThat(fast.err()).startsWith("storylink: --poll-interval must be at least 100ms");
    assertThat(data).as("checked before the store opens").doesNotExist();
    LinkCommandTest.Run negative =
        LinkCommandTest.run(
            "serve", "--create", "--port", "0", "--host-delay", "-1s", "--data", data.toString());
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err())
        .contains("Invalid value for option '--host-delay': not a duration: '-1s'")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingTokenFileIsOneLineThatSaysSo() {
    Path missing = tmp.resolve("no-token");
    String want = "storylink: cannot read the token file " + missing + ": no such file";
    serveAndIngestSay(missing, want, "missing");
    assertThat(
            LinkCommandTest.run(
                    "ingest",
                    "--server",
                    "http://127.0.0.1:9",
                    "--token-file",
                    tmp.toString(),
                    tmp.resolve("a.jsonl").toString())
                .err()
                .strip())
        .startsWith("storylink: cannot read the token file " + tmp + ": ")
        .doesNotEndWith(": " + tmp);
  }

  @Test
  void anEmptyTokenFileOrOneOfOnlyAByteOrderMarkIsOneLineThatSaysSo() throws Exception {
    byte[][] texts = {
      {},
      {'\n', ' '},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n'},
      {(byte) 0xFF, (byte) 0xFE},
    };
    for (byte[] bytes : texts) {
      Path file = java.nio.file.Files.write(tmp.resolve("token"), bytes);
      String want =
          "storylink: the token file "
              + file
              + " is empty: write a token of at least 16 printable ASCII characters";
      serveAndIngestSay(file, want, java.util.HexFormat.of().formatHex(bytes));
    }
    assertThat(tmp.resolve("data")).as("checked before the store opens").doesNotExist();
  }

  @Test
  void aByteOrderMarkBeforeATokenIsNotPartOfIt() throws Exception {
    String token = "s3cret-token-0123456789";
    Path utf8 = java.nio.file.Files.writeString(tmp.resolve("t8"), "\uFEFF" + token + "\r\n");
    Path utf16 =
        java.nio.file.Files.writeString(
            tmp.resolve("t16"),
            "\uFEFF" + token + "\n",
            java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(dev.storylink.server.ServerConfig.readToken(utf8)).isEqualTo(token);
    assertThat(dev.storylink.server.ServerConfig.readToken(utf16)).isEqualTo(token);
  }

  /**
   * {@code serve} and {@code ingest --server} given {@code tokenFile} both stop with {@code want}.
   */
  private void serveAndIngestSay(Path tokenFile, String want, String as) {
    LinkCommandTest.Run serve =
        LinkCommandTest.run(
            "serve",
            "--create",
            "--port",
            "0",
            "--token-file",
            tokenFile.toString(),
            "--data",
            tmp.resolve("data").toString());
    assertThat(serve.code()).as(as).isEqualTo(2);
    assertThat(serve.err().strip()).as(as).isEqualTo(want);
    LinkCommandTest.Run ingest =
        LinkCommandTest.run(
            "ingest",
            "--server",
            "http://127.0.0.1:9",
            "--token-file",
            tokenFile.toString(),
            tmp.resolve("a.jsonl").toString());
    assertThat(ingest.err().strip()).as(as).isEqualTo(want);
  }
}
