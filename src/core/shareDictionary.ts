/**
 * The preset dictionary of share-link codec `d` (version 1): byte strings that
 * scenarios share (eras, ports, the palette images' EXPOSE and ENV as of
 * November 2026), given to DEFLATE so a link does not spell them out. A link
 * made with it can only be read with the very same bytes, so this text is
 * FROZEN: never edit it; a better dictionary is a new codec letter.
 * tests/core/share.test.ts pins its hash.
 */
export const SHARE_DICTIONARY_V1: string =
  '["0.10",{},[["["1.0",{["20.10",{"c":0},[["["28",{["29",{"k":1},"6379/tcp""80/tcp""443/tcp""5432/tcp"' +
  '"3306/tcp""53/udp""PASSWORD=POSTGRES_PASSWORD=MYSQL_ROOT_PASSWORD="db""cache""web""app""api""redis""' +
  'ubuntu""busybox""nginx""redis:7.4",["6379/tcp"],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr' +
  '/bin:/sbin:/bin","REDIS_VERSION=7.4.11"]"postgres:17",["5432/tcp"],["PATH=/usr/local/sbin:/usr/local' +
  '/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin","GOSU_VERSION=1.19","LANG=en_US.utf8"' +
  ',"PG_MAJOR=17","PG_VERSION=17.11-1.pgdg13+2","PGDATA=/var/lib/postgresql/data"]"mysql:8.4",["3306/tc' +
  'p","33060/tcp"],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GOSU_VERSION=1' +
  '.19","MYSQL_MAJOR=8.4","MYSQL_VERSION=8.4.11-1.el9","MYSQL_SHELL_VERSION=8.4.10-1.el9"]"mongo:8.0",[' +
  '"27017/tcp"],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GOSU_VERSION=1.19' +
  '","JSYAML_VERSION=3.13.1","JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826a' +
  'f24b941","MONGO_PACKAGE=mongodb-org","MONGO_REPO=repo.mongodb.org","MONGO_MAJOR=8.0","MONGO_VERSION=' +
  '8.0.29","HOME=/data/db","GLIBC_TUNABLES=glibc.pthread.rseq=0"]"memcached:1.6",["11211/tcp"],["PATH=/' +
  'usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","MEMCACHED_VERSION=1.6.45","MEMCACHED_U' +
  'RL=https://memcached.org/files/memcached-1.6.45.tar.gz","MEMCACHED_SHA1=45038980ea7045a548b9b5b5125e' +
  'f7116312a768"]"nginx:1.30",["80/tcp"],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin' +
  ':/bin","NGINX_VERSION=1.30.4","NJS_VERSION=1.0.0","NJS_RELEASE=1~trixie","ACME_VERSION=0.4.1","PKG_R' +
  'ELEASE=1~trixie","DYNPKG_RELEASE=1~trixie"]"rabbitmq:4.3",["4369/tcp","5671/tcp","5672/tcp","15691/t' +
  'cp","15692/tcp","25672/tcp"],["PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/s' +
  'bin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","ERLANG_INSTALL_PATH_PREFIX=/opt/erlang","OPENSSL_' +
  'INSTALL_PATH_PREFIX=/opt/openssl","RABBITMQ_DATA_DIR=/var/lib/rabbitmq","RABBITMQ_VERSION=4.3.5","RA' +
  'BBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA","RABBITMQ_HOME=/opt/rabbitmq","HOME=/v' +
  'ar/lib/rabbitmq","LANG=C.UTF-8","LANGUAGE=C.UTF-8","LC_ALL=C.UTF-8","RUNNING_UNDER_SYSTEMD=true"]"el' +
  'asticsearch:9.5.2",["9200/tcp","9300/tcp"],["PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/' +
  'local/bin:/usr/sbin:/usr/bin:/sbin:/bin","container=oci","ELASTIC_CONTAINER=true","SHELL=/bin/bash"]' +
  '"ubuntu:24.04",[],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]"busybox:1.38' +
  '",[],["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]"crosbymichael/redis",["63' +
  '79/tcp"],["HOME=/","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]"myapp",[],[]'
