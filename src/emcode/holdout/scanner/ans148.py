from django.shortcuts import redirect


def logout_view(request):
    request.session.flush()
    target = request.GET.get("return_url", "/")
    return redirect(target)
