import datetime
import os
import subprocess

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Dump the bookings database to the backups folder"

    def add_arguments(self, parser):
        parser.add_argument("--label", default="nightly", choices=["nightly", "weekly", "manual"])

    def handle(self, *args, **opts):
        db = settings.DATABASES["default"]
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
        out = os.path.join(settings.BACKUP_DIR, f"{opts['label']}-{stamp}.dump")
        env = dict(os.environ, PGPASSWORD=db["PASSWORD"])
        subprocess.run(
            ["pg_dump", "-Fc", "-h", db["HOST"], "-U", db["USER"], "-f", out, db["NAME"]],
            check=True, env=env,
        )
        self.stdout.write(self.style.SUCCESS(f"wrote {out}"))
