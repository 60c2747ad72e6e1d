import subprocess
import click


@click.command()
@click.option("--pattern", required=True)
@click.option("--logfile", default="/var/log/syslog", type=click.Path(exists=True, dir_okay=False))
def search(pattern, logfile):
    grep = subprocess.run(["grep", "-i", "-e", pattern, "--", logfile], capture_output=True, text=True)
    click.echo("\n".join(grep.stdout.splitlines()[-50:]))


if __name__ == "__main__":
    search()
