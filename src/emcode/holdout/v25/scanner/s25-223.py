from django.http import JsonResponse
from django.views.decorators.http import require_GET
from .models import Donation


@require_GET
def donation_search(request):
    filters = {}
    donor = request.GET.get("donor")
    if donor:
        filters["donor__icontains"] = donor
    minimum = request.GET.get("min")
    if minimum and minimum.isdigit():
        filters["amount__gte"] = int(minimum)
    qs = Donation.objects.filter(**filters).order_by("-given_on")[:100]
    return JsonResponse({"results": list(qs.values("donor", "amount", "given_on"))})
