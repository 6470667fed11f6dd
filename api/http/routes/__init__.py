"""The HTTP routers, one module per group of endpoints; they translate, they do not decide."""
