from django.http import JsonResponse
from django.db.models import Q

from .models import Sample


def sample_search(request):
    qs = Sample.objects.all()
    owner = request.GET.get("owner")
    status = request.GET.get("status")
    text = request.GET.get("text")
    if owner:
        qs = qs.filter(owner__username=owner)
    if status:
        qs = qs.filter(status=status)
    if text:
        qs = qs.filter(Q(code__icontains=text) | Q(notes__icontains=text))
    data = list(qs.order_by("-created")[:100].values("code", "status", "freezer"))
    return JsonResponse({"samples": data})
