import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def soil_report(request):
    bed = request.POST.get("bed", "A1")
    out = subprocess.check_output("soilctl report --bed " + bed, shell=True, text=True)
    return JsonResponse({"report": out})
