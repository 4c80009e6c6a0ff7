// The image palette: real defaults of official Docker Hub images.
//
// `expose` is what the image's Dockerfile EXPOSEs, in Docker's `port/proto` form.
// `env` is the image's Config.Env as `docker inspect` shows it, base image included,
// in Docker's order (an ENV that redefines a variable keeps that variable's place).
// Sources, in a comment above each entry (comments stay out of the bundle students download):
// the Dockerfile the official-images library points at for the tag, and the
// docker-library/repo-info `local/<tag>.md` report of the built image (Config.Env).
// Versions as listed in docker-library/official-images in August 2026: a floating tag
// such as `redis:7.4` moves on, so the version values in `env` will drift; names will not.

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export type ImageId =
  | 'redis'
  | 'postgres'
  | 'mysql'
  | 'mongo'
  | 'memcached'
  | 'nginx'
  | 'rabbitmq'
  | 'elasticsearch'
  | 'ubuntu'
  | 'busybox'
  | 'crosbymichael-redis'
  | 'custom'

/**
 * One image of the palette, with what its Dockerfile declares. The one short line for learners
 * (what the image is, e.g. 'key–value store') is a word of the interface: `palette.role.<id>` in src/app/i18n.
 */
export interface ImagePreset {
  /** Stable id for tests, data-testids and the catalog: 'redis', 'postgres', …, 'crosbymichael-redis', 'custom'. */
  readonly id: ImageId
  /** What `docker run` names: 'redis:7.4'. */
  readonly image: string
  /** Short label for the palette button: 'redis'. */
  readonly label: string
  /** EXPOSE, as Docker stores it: ['6379/tcp']. */
  readonly expose: readonly string[]
  /** ENV as `docker inspect` shows Config.Env. */
  readonly env: readonly string[]
}

export const IMAGES: readonly ImagePreset[] = [
  /**
   * Source: redis/docker-library-redis debian/Dockerfile @ tag v7.4.11 (74654c61); Env: docker-library/repo-info
   * repos/redis/local/7.4.11.md
   * redis:7.4 = 7.4.11 on Debian bookworm. The official image now builds from redis/docker-library-redis (formerly
   * docker-library/redis). Recent 7.4.x builds declare REDIS_DOWNLOAD_URL and REDIS_DOWNLOAD_SHA with ARG, not
   * ENV, and no longer install gosu, so only REDIS_VERSION reaches Config.Env; older builds (e.g. 7.4.1) also had
   * GOSU_VERSION, REDIS_DOWNLOAD_URL and REDIS_DOWNLOAD_SHA.
   */
  {
    id: 'redis',
    image: 'redis:7.4',
    label: 'redis',
    expose: ['6379/tcp'],
    env: [DEFAULT_PATH, 'REDIS_VERSION=7.4.11'],
  },
  /**
   * Source: docker-library/postgres 17/trixie/Dockerfile (library commit 2603e26e; read at 9451a9a5); Env: docker-
   * library/repo-info repos/postgres/local/17.11.md
   * postgres:17 = 17.11 on Debian trixie (the default variant). ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin
   * extends PATH in place, so PATH stays first. postgres:18 moved PGDATA to /var/lib/postgresql/18/docker.
   */
  {
    id: 'postgres',
    image: 'postgres:17',
    label: 'postgres',
    expose: ['5432/tcp'],
    env: [
      `${DEFAULT_PATH}:/usr/lib/postgresql/17/bin`,
      'GOSU_VERSION=1.19',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.11-1.pgdg13+2',
      'PGDATA=/var/lib/postgresql/data',
    ],
  },
  /**
   * Source: docker-library/mysql 8.4/Dockerfile.oracle (library commit 01f90d87; read at 99f090f8); Env: docker-
   * library/repo-info repos/mysql/local/8.4.11.md
   * mysql:8.4 (LTS) = 8.4.11 on Oracle Linux 9 slim; 33060 is the X Protocol port. In that build MySQL Shell lags
   * the server (8.4.10), as repo-info shows.
   */
  {
    id: 'mysql',
    image: 'mysql:8.4',
    label: 'mysql',
    expose: ['3306/tcp', '33060/tcp'],
    env: [
      DEFAULT_PATH,
      'GOSU_VERSION=1.19',
      'MYSQL_MAJOR=8.4',
      'MYSQL_VERSION=8.4.11-1.el9',
      'MYSQL_SHELL_VERSION=8.4.10-1.el9',
    ],
  },
  /**
   * Source: docker-library/mongo 8.0/Dockerfile (library commit 7c24b37b; read at 962851fd); Env: docker-
   * library/repo-info repos/mongo/local/8.0.29-noble.md
   * mongo:8.0 = 8.0.29 on Ubuntu noble. Sets HOME=/data/db (for mongosh), which a link does not copy: a good
   * example of the HOME/PATH exclusion. MONGO_PACKAGE and MONGO_REPO come from ARG defaults.
   */
  {
    id: 'mongo',
    image: 'mongo:8.0',
    label: 'mongo',
    expose: ['27017/tcp'],
    env: [
      DEFAULT_PATH,
      'GOSU_VERSION=1.19',
      'JSYAML_VERSION=3.13.1',
      'JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941',
      'MONGO_PACKAGE=mongodb-org',
      'MONGO_REPO=repo.mongodb.org',
      'MONGO_MAJOR=8.0',
      'MONGO_VERSION=8.0.29',
      'HOME=/data/db',
      'GLIBC_TUNABLES=glibc.pthread.rseq=0',
    ],
  },
  /**
   * Source: docker-library/memcached 1/debian/Dockerfile @ 53ac0ecb; Env: docker-library/repo-info
   * repos/memcached/local/1.6.45.md
   * memcached:1.6 = 1.6.45 on Debian trixie; runs as USER memcache.
   */
  {
    id: 'memcached',
    image: 'memcached:1.6',
    label: 'memcached',
    expose: ['11211/tcp'],
    env: [
      DEFAULT_PATH,
      'MEMCACHED_VERSION=1.6.45',
      'MEMCACHED_URL=https://memcached.org/files/memcached-1.6.45.tar.gz',
      'MEMCACHED_SHA1=45038980ea7045a548b9b5b5125ef7116312a768',
    ],
  },
  /**
   * Source: nginx/docker-nginx stable/debian/Dockerfile (library commit ccdab6c9; read at 80b66be6); Env: docker-
   * library/repo-info repos/nginx/local/1.30.4.md
   * nginx:1.30 is the stable branch, 1.30.4 on Debian trixie (mainline is 1.31). Only 80 is EXPOSEd, not 443. The
   * source repo moved from nginxinc/docker-nginx to nginx/docker-nginx.
   */
  {
    id: 'nginx',
    image: 'nginx:1.30',
    label: 'nginx',
    expose: ['80/tcp'],
    env: [
      DEFAULT_PATH,
      'NGINX_VERSION=1.30.4',
      'NJS_VERSION=1.0.0',
      'NJS_RELEASE=1~trixie',
      'ACME_VERSION=0.4.1',
      'PKG_RELEASE=1~trixie',
      'DYNPKG_RELEASE=1~trixie',
    ],
  },
  /**
   * Source: docker-library/rabbitmq 4.3/ubuntu/Dockerfile (library commit f02157ee; read at 9193c1de); Env:
   * docker-library/repo-info repos/rabbitmq/local/4.3.5.md
   * rabbitmq:4.3 = 4.3.5 on Ubuntu 24.04. Ports: 4369 epmd, 5671 AMQP over TLS, 5672 AMQP, 15691/15692 Prometheus
   * metrics, 25672 inter-node. The -management variant also exposes 15671 and 15672. docker inspect lists
   * ExposedPorts sorted as strings; the order here is the Dockerfile order. Sets HOME=/var/lib/rabbitmq. Only the
   * final build stage counts: ENV of the builder stages is not in the image.
   */
  {
    id: 'rabbitmq',
    image: 'rabbitmq:4.3',
    label: 'rabbitmq',
    expose: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp'],
    env: [
      'PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang',
      'OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl',
      'RABBITMQ_DATA_DIR=/var/lib/rabbitmq',
      'RABBITMQ_VERSION=4.3.5',
      'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA',
      'RABBITMQ_HOME=/opt/rabbitmq',
      'HOME=/var/lib/rabbitmq',
      'LANG=C.UTF-8',
      'LANGUAGE=C.UTF-8',
      'LC_ALL=C.UTF-8',
      'RUNNING_UNDER_SYSTEMD=true',
    ],
  },
  /**
   * Source: elastic/dockerfiles elasticsearch/Dockerfile, branch 9.5 (library commit 2f483686; same layout read on
   * branch 9.2 @ 0bbe2f0a); Env: docker-library/repo-info repos/elasticsearch/local/9.5.2.md
   * This image has no minor-version tags, hence the full version. 9200 is the REST API, 9300 the transport
   * protocol. 9.x is built FROM redhat/ubi9-minimal, whose config adds the lowercase container=oci (a link copies
   * it as ALIAS_ENV_container); the Ubuntu-based 8.19.x images lack it.
   */
  {
    id: 'elasticsearch',
    image: 'elasticsearch:9.5.2',
    label: 'elasticsearch',
    expose: ['9200/tcp', '9300/tcp'],
    env: [
      'PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'container=oci',
      'ELASTIC_CONTAINER=true',
      'SHELL=/bin/bash',
    ],
  },
  /**
   * Source: Canonical git.launchpad.net/cloud-images/+oci/ubuntu-base (oci-import, no Dockerfile); Env: docker-
   * library/repo-info repos/ubuntu/local/24.04.md
   * No EXPOSE and no ENV of its own; the OCI image config still carries the default PATH, which links skip.
   */
  {
    id: 'ubuntu',
    image: 'ubuntu:24.04',
    label: 'ubuntu',
    expose: [],
    env: [DEFAULT_PATH],
  },
  /**
   * Source: docker-library/busybox branch dist-amd64 latest/glibc/amd64/image-config.json @ 70ce0fb9
   * busybox:1.38 = 1.38.0, glibc variant (the default for amd64). No EXPOSE; Env is the default PATH only.
   */
  {
    id: 'busybox',
    image: 'busybox:1.38',
    label: 'busybox',
    expose: [],
    env: [DEFAULT_PATH],
  },
  /**
   * Source: crosbymichael/Dockerfiles redis/Dockerfile @ b366f4cc (2013-09-21)
   * The Dockerfile (FROM ubuntu, redis built from source, VOLUME /redis-data, EXPOSE 6379) declares no ENV;
   * earlier revisions were FROM johncosta/redis, also EXPOSE 6379 only. HOME=/ and PATH are the Config.Env that
   * docker build wrote on FROM from Docker 0.5 on (buildfile.go, 2013-07-09): inferred, not inspected, as the 2013
   * Hub image is gone. Links skip both, so the walkthrough shows no DB_ENV_ variables.
   */
  {
    id: 'crosbymichael-redis',
    image: 'crosbymichael/redis',
    label: 'redis (2014)',
    expose: ['6379/tcp'],
    env: ['HOME=/', DEFAULT_PATH],
  },
  /** Not an image: a blank card for the user's own. */
  {
    id: 'custom',
    image: 'myapp',
    label: 'custom',
    expose: [],
    env: [],
  },
]

/** The preset with this id, if any. */
export function imagePreset(id: string): ImagePreset | undefined {
  return IMAGES.find((preset) => preset.id === id)
}
