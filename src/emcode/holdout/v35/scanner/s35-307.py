import subprocess

from django.core.management.base import BaseCommand, CommandError

from orders.models import PrintJob


class Command(BaseCommand):
    help = "Send queued print jobs to the shop printer"

    def add_arguments(self, parser):
        parser.add_argument("--printer", default="epson-sc-f500")
        parser.add_argument("--limit", type=int, default=20)

    def handle(self, *args, **opts):
        jobs = PrintJob.objects.filter(status="queued").order_by("created_at")[: opts["limit"]]
        for job in jobs:
            result = subprocess.run(
                ["lp", "-d", opts["printer"], "-n", str(job.copies), "--", job.file.path],
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"job {job.pk} failed: {result.stderr.strip()}")
            job.status = "sent"
            job.save(update_fields=["status"])
            self.stdout.write(f"sent job {job.pk}")
