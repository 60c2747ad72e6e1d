from django.db.models import Q
from django.http import JsonResponse

from .models import Record


def search_records(request):
    q = Q()
    if surname := request.GET.get("surname"):
        q &= Q(surname__icontains=surname)
    if parish := request.GET.get("parish"):
        q &= Q(parish=parish)
    rows = Record.objects.filter(q).values("id", "given", "surname")[:200]
    return JsonResponse({"results": list(rows)})
