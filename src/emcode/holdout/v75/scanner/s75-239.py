import subprocess

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import LabReport


def extract_text(request, report_id):
    report = get_object_or_404(LabReport, pk=report_id, clinic=request.user.clinic)
    proc = subprocess.run(
        ["pdftotext", "-layout", report.pdf.path, "-"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if proc.returncode != 0:
        return JsonResponse({"error": "could not read report"}, status=422)
    return JsonResponse({"text": proc.stdout[:20000]})
