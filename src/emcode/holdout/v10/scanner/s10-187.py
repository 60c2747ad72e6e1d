from django.shortcuts import render
from .models import Product


def catalog(request):
    brand = request.GET.get("brand", "")
    products = Product.objects.raw(f"SELECT * FROM shop_product WHERE brand = '{brand}'")
    context = {
        "products": products,
        "brand": brand,
        "title": "Catalog for " + bra