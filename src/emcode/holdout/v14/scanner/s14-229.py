import subprocess
import click


@click.command()
@click.option("--pattern", required=True)
@click.option("--logfile", default="/var/log/syslog")
def search(pattern, logfile):
    result = subprocess.run("grep -i '%s' %s | tail -n 50" % (pattern, logfile), shell=True,
                            capture_output=True, text=True)
    click.echo(result.stdout)


if __name__ == "__main__":
    search()
