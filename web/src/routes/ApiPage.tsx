import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { API_EXAMPLES, curlCommand, explorerLink, type Audience } from '../api/examples';
import { fetchRootFieldDescriptions } from '../api/sdl';
import { CHANGE_FEED_QUERY, pollingScript, schemaCommands, SUBSCRIPTION_QUERY, subscriptionScript } from '../api/tools';
import { ErrorState, LoadingState } from '../components/States';
import { useOrigin } from '../ssr/page-context';

const ApiPageQuery = graphql(`
  query ApiPageQuery {
    __schema {
      queryType {
        fields {
          name
          description
        }
      }
    }
  }
`);

const AUDIENCES: Audience[] = ['officer', 'tenant', 'tool'];

function CopyButton({ text, label = 'api.copy' }: { text: string; label?: 'api.copy' | 'api.copyCode' }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('api.copied') : t(label)}
    </button>
  );
}

/** What an anonymous caller's answer says at the default budget (README "For tools"). */
const RATE_LIMIT_EXAMPLE = `RateLimit-Policy: "anonymous";q=300;w=60
RateLimit: "anonymous";r=299;t=42`;

/** A block of code with its copy button. */
function Code({ text, className }: { text: string; className: string }) {
  return (
    <>
      <pre className={className}>
        <code>{text}</code>
      </pre>
      <div className="api-actions">
        <CopyButton text={text} label="api.copyCode" />
      </div>
    </>
  );
}

/** A document, then a script that uses it, each introduced in the interface language. */
function ScriptExample({ section, name, query, script }: { section: string; name: 'feed' | 'subscriptions'; query: string; script: string }) {
  const { t } = useTranslation();
  return (
    <article className="api-example" data-section={section}>
      <h3>{t(`api.tools.${name}.title`)}</h3>
      <p>{t(`api.tools.${name}.intro`)}</p>
      <pre className="query">
        <code>{query}</code>
      </pre>
      <p>{t(`api.tools.${name}.script`)}</p>
      <Code className="script" text={script} />
    </article>
  );
}

/**
 * For tools that keep in step with the data: the schema (SDL and introspection), the change feed with a polling
 * script, subscriptions with the graphql-ws client, and the rate-limit headers every answer carries.
 */
function ForTools() {
  const { t } = useTranslation();
  const origin = useOrigin();
  const curl = `curl -si -H 'content-type: application/json' -d '{"query":"{ __typename }"}' ${origin}/graphql | grep -i '^ratelimit'`;
  return (
    <section aria-labelledby="api-for-tools" className="api-audience">
      <h2 id="api-for-tools">{t('api.tools.title')}</h2>
      <article className="api-example" data-section="schema">
        <h3>{t('api.tools.schema.title')}</h3>
        <p>{t('api.tools.schema.intro')}</p>
        <Code className="curl" text={schemaCommands(origin)} />
      </article>
      <ScriptExample section="change-feed" name="feed" query={CHANGE_FEED_QUERY} script={pollingScript(origin)} />
      <ScriptExample section="subscriptions" name="subscriptions" query={SUBSCRIPTION_QUERY} script={subscriptionScript(origin)} />
      <article className="api-example" data-section="rate-limits">
        <h3 id="api-rate-limits">{t('api.rateLimits.title')}</h3>
        <p>{t('api.rateLimits.intro')}</p>
        <p>{t('api.rateLimits.budgets')}</p>
        <p>{t('api.rateLimits.see')}</p>
        <pre className="curl">
          <code>{curl}</code>
        </pre>
        <div className="api-actions">
          <CopyButton text={curl} />
        </div>
        <pre className="headers">
          <code>{RATE_LIMIT_EXAMPLE}</code>
        </pre>
      </article>
    </section>
  );
}

/** Example queries for each kind of user, with a curl command and a link into the explorer. */
export function ApiPage() {
  const origin = useOrigin();
  const { t } = useTranslation();
  const { data: introspected, error: introspectionError, refetch } = useQuery(ApiPageQuery);
  // A server with INTROSPECTION=false refuses __schema: the published SDL says the same.
  const [fromSdl, setFromSdl] = useState<{ map?: Map<string, string>; error?: Error }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!introspectionError) return;
    let live = true;
    fetchRootFieldDescriptions().then(
      (map) => live && setFromSdl({ map }),
      (error: Error) => live && setFromSdl({ error }),
    );
    return () => {
      live = false;
    };
  }, [introspectionError, attempt]);
  const describe = introspected ? new Map((introspected.__schema.queryType.fields ?? []).map((f) => [f.name, f.description ?? ''])) : fromSdl.map;
  const data = describe;
  const error = !describe && introspectionError && fromSdl.error ? fromSdl.error : undefined;
  const retry = () => {
    setFromSdl({});
    setAttempt((n) => n + 1);
    void refetch();
  };

  return (
    <section aria-labelledby="api-title" className="api-page">
      <h1 id="api-title">{t('api.title')}</h1>
      <p className="subtitle">
        {t('api.intro')} <a href="/graphql">{t('api.explorer')}</a> · <a href="/schema.graphql">{t('api.sdl')}</a>
      </p>
      {error && !data ? <ErrorState message={error.message} onRetry={retry} /> : null}
      {!data && !error ? <LoadingState rows={2} /> : null}
      {data
        ? AUDIENCES.map((audience) => (
            <section key={audience} aria-labelledby={`api-${audience}`} className="api-audience">
              <h2 id={`api-${audience}`}>{t(`api.audience.${audience}`)}</h2>
              {API_EXAMPLES.filter((e) => e.audience === audience).map((example) => {
                const curl = curlCommand(origin, example.query);
                return (
                  <article key={example.id} className="api-example" data-example={example.id}>
                    <h3>{t(`api.example.${example.id}`)}</h3>
                    <p className="schema-description" lang="en">
                      <code>{example.rootField}</code>: {describe?.get(example.rootField)}
                    </p>
                    <pre className="query">
                      <code>{example.query}</code>
                    </pre>
                    <div className="api-actions">
                      <a className="explorer-link" href={explorerLink(example.query)}>
                        {t('api.open')}
                      </a>
                      <CopyButton text={curl} />
                    </div>
                    <pre className="curl">
                      <code>{curl}</code>
                    </pre>
                  </article>
                );
              })}
            </section>
          ))
        : null}
      <ForTools />
    </section>
  );
}
