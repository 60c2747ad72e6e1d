import subprocess
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Dump the bookings database to the backup directory"

    def add_arguments(self, parser):
        parser.add_argument("--label", default="nightly")

    def handle(self, *args, **opts):
        label = "".join(ch for ch in opts["label"] if ch.isalnum()) or "nightly"
        out = Path(settings.BACKUP_DIR) / f"bookings-{label}-{date.today():%Y%m%d}.sql"
        db = settings.DATABASES["default"]
        subprocess.run(["pg_dump", "--no-owner", "-f", str(out), db["NAME"]], check=True)
        self.stdout.write(self.style.SUCCESS(f"wrote {out}"))
