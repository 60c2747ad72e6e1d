import re
import subprocess

from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

BED_RE = re.compile(r"[A-H][0-9]{1,2}")


@require_POST
def soil_report(request):
    bed = request.POST.get("bed", "A1")
    if not BED_RE.fullmatch(bed):
        return HttpResponseBadRequest("unknown bed")
    out = subprocess.check_output(["soilctl", "report", "--bed", bed], text=True, timeout=30)
    return JsonResponse({"report": out})
