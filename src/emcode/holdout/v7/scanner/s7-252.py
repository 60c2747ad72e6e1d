from django.core.paginator import Paginator
from django.http import JsonResponse
from .models import Product


def product_search(request):
    term = request.GET.get("q", "").strip()
    qs = Product.objects.filter(name__icontains=term).order_by("name") if term else Product.objects.none()
    page = Paginator(qs, 25).get_page(request.GET.get("page"))
    return JsonResponse({"results": [{"sku": p.sku, "name": p.name} for p in page], "pages": page.paginator.num_pages})
