from django.shortcuts import redirect


def after_payment(request):
    back = request.GET.get("return_to", "/orders/")
    return redirect(back)
