from django.shortcuts import render, get_object_or_404
from .models import Product


def product_detail(request, pk):
    product = get_object_or_404(Product, pk=pk)
    ref = request.GET.get("ref", "")
    return render(request, "shop/product.html", {"product": product, "ref": ref})
