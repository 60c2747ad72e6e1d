from django.db.models import Q
from django.http import JsonResponse

from .models import Applicant


def applicant_search(request):
    term = request.GET.get("q", "").strip()
    qs = Applicant.objects.all()
    if term:
        qs = qs.filter(Q(full_name__icontains=term) | Q(email__iexact=term))
    data = list(qs.values("id", "full_name", "status")[:50])
    return JsonResponse({"results": data})
