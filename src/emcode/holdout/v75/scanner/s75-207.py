from django.db.models import Q
from django.http import JsonResponse

from .models import LabResult


def search_results(request):
    q = Q()
    if species := request.GET.get("species"):
        q &= Q(species__iexact=species)
    if analyte := request.GET.get("analyte"):
        q &= Q(analyte=analyte)
    if clinic := request.GET.get("clinic"):
        q &= Q(clinic__name__icontains=clinic)
    rows = LabResult.objects.filter(q).order_by("-collected_at")[:100]
    return JsonResponse({"results": [{"id": r.pk, "value": r.value} for r in rows]})
