import os
import subprocess
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Dump the clinic database to the backups folder"

    def add_arguments(self, parser):
        parser.add_argument("--dir", default="/var/backups/clinic")

    def handle(self, *args, **opts):
        db = settings.DATABASES["default"]
        out = os.path.join(opts["dir"], f"clinic-{date.today():%Y%m%d}.dump")
        env = dict(os.environ, PGPASSWORD=db["PASSWORD"])
        subprocess.run(
            ["pg_dump", "-Fc", "-h", db["HOST"], "-U", db["USER"], "-f", out, db["NAME"]],
            env=env,
            check=True,
        )
        self.stdout.write(self.style.SUCCESS(f"wrote {out}"))
