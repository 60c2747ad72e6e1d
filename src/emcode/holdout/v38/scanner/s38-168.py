from django.http import JsonResponse

from .models import SeasonPass


def search_passes(request):
    q = request.GET.get("q", "")
    tier = request.GET.get("tier")
    qs = SeasonPass.objects.filter(holder_name__icontains=q)
    if tier:
        qs = qs.filter(tier=tier)
    data = list(qs.values("pass_no", "holder_name", "tier")[:50])
    return JsonResponse({"results": data})
