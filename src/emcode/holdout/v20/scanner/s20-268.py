from django.http import JsonResponse

from .models import Product


def search(request):
    term = request.GET.get("q", "")
    qs = Product.objects.filter(name__icontains=term, active=True)
    data = [{"id": p.id, "name": p.name, "price": str(p.pri