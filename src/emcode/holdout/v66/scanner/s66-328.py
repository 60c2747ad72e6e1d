from django.http import JsonResponse

from .models import Sailing


def search_sailings(request):
    port = request.GET.get("port", "")
    qs = Sailing.objects.filter(departure_port__icontains=port).order_by("departs_at")[:100]
    results = [{"id": s.id, "depart": s.departs_at.isoformat()} for s in qs]
    return JsonResponse({"results": results})
