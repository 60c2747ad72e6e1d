import subprocess

from slack_bolt import App
import os

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/dig")
def dig(ack, respond, command):
    ack()
    domain = command["text"].strip()
    out = subprocess.getoutput("dig +short " + domain)
    respond(f"```{out}```")


if __name__ == "__main__":
    app.start(port=3000)
