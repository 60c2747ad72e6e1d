from django.core.paginator import Paginator
from django.http import JsonResponse

from listings.models import Listing


def search(request):
    qs = Listing.objects.filter(is_active=True)
    city = request.GET.get("city")
    if city:
        qs = qs.filter(city__iexact=city)
    max_price = request.GET.get("max_price")
    if max_price and max_price.isdigit():
        qs = qs.filter(price__lte=int(max_price))
    page = Paginator(qs.order_by("-listed_at"), 20).get_page(request.GET.get("page"))
    return JsonResponse({"results": [{"id": l.id, "address": l.address} for l in page]})
