/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardInvestmentCount($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.DashboardInvestmentCountDocument,
    "\n  query DashboardSignedInvestments {\n    investments(filter: { stage: { in: [SIGNED] } }, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.DashboardSignedInvestmentsDocument,
    "\n  query FiguresCurrentTenants($o: OrganizationFilter) {\n    tenancyStats(current: true, filter: { organization: $o }) {\n      totals {\n        tenants\n      }\n    }\n  }\n": typeof types.FiguresCurrentTenantsDocument,
    "\n  query LayoutDemoRecords {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n    investments(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LayoutDemoRecordsDocument,
    "\n  query OfficerDemoDeal {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n        title {\n          en\n        }\n      }\n    }\n  }\n": typeof types.OfficerDemoDealDocument,
    "\n  query OfficerDealAfterEdit($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n        recordedBy\n      }\n    }\n  }\n": typeof types.OfficerDealAfterEditDocument,
    "\n  query OfficerDealTitle($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n      }\n    }\n  }\n": typeof types.OfficerDealTitleDocument,
    "\n  query OfficerRecordedInvestment($id: ID!) {\n    node(id: $id) {\n      ... on Investment {\n        verification\n        recordedBy\n        amount {\n          amount\n          currency\n        }\n        announcedOn\n      }\n    }\n  }\n": typeof types.OfficerRecordedInvestmentDocument,
    "\n  mutation SignInForTest($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.SignInForTestDocument,
    "\n  mutation CreateApiKeyForTest($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n    }\n  }\n": typeof types.CreateApiKeyForTestDocument,
    "\n  query AccessViewer {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        email\n        role\n      }\n    }\n  }\n": typeof types.AccessViewerDocument,
    "\n  query AccessApiKeys {\n    apiKeys(first: 100) {\n      nodes {\n        id\n        prefix\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.AccessApiKeysDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.AccessRevokeApiKeyDocument,
    "\n  mutation AccessRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      officer {\n        email\n      }\n    }\n  }\n": typeof types.AccessRefreshSessionDocument,
    "\n  mutation AccessSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.AccessSignInDocument,
    "\n  mutation AccessSignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n": typeof types.AccessSignOutDocument,
    "\n  query AccessOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n        disabled\n      }\n    }\n  }\n": typeof types.AccessOfficersDocument,
    "\n  mutation AccessDisableOfficer($id: ID!) {\n    setOfficerDisabled(id: $id, disabled: true) {\n      disabled\n    }\n  }\n": typeof types.AccessDisableOfficerDocument,
    "\n  mutation AccessBadOfficer {\n    createOfficer(input: { email: \"not-an-email\", name: \"\", role: OFFICER, password: \"short\" }) {\n      id\n    }\n  }\n": typeof types.AccessBadOfficerDocument,
    "\n  mutation AccessDuplicateOfficer($e: String!) {\n    createOfficer(input: { email: $e, name: \"X\", role: OFFICER, password: \"long enough password\" }) {\n      id\n    }\n  }\n": typeof types.AccessDuplicateOfficerDocument,
    "\n  query AccessParkCount {\n    parks(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AccessParkCountDocument,
    "\n  query AccessEventCount {\n    events(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AccessEventCountDocument,
    "\n  # eslint-disable @graphql-eslint/selection-set-depth -- as deep as a park page with its investments gets: the nesting whose batching is measured\n  query BatchedParks($n: Int!) {\n    parks(first: $n) {\n      edges {\n        node {\n          name {\n            en\n          }\n          focusSectors {\n            code\n          }\n          parent {\n            id\n          }\n          sources {\n            quote\n          }\n          investments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                organization {\n                  id\n                  name {\n                    en\n                  }\n                }\n                amount {\n                  amount\n                  usdRate {\n                    id\n                  }\n                }\n                sector {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BatchedParksDocument,
    "\n  query LastParksInvestments {\n    parks(last: 2) {\n      nodes {\n        id\n        investments(first: 3) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.LastParksInvestmentsDocument,
    "\n  query ParkInvestmentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 10, after: $after) {\n          edges {\n            node {\n              id\n              park {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParkInvestmentsPageDocument,
    "\n  query InvestmentNodePark($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Investment {\n        park {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InvestmentNodeParkDocument,
    "\n  query DemoInvestments {\n    dataset {\n      includesDemoData\n      demoRecords\n    }\n    investments(first: 100) {\n      totalCount\n      nodes {\n        verification\n        organization {\n          verification\n        }\n        park {\n          slug\n        }\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n      }\n    }\n  }\n": typeof types.DemoInvestmentsDocument,
    "\n  query DemoPresent {\n    dataset {\n      includesDemoData\n    }\n  }\n": typeof types.DemoPresentDocument,
    "\n  query ExportedInvestments($f: InvestmentFilter, $a: String) {\n    investments(filter: $f, first: 100, after: $a) {\n      nodes {\n        id\n        organization {\n          name {\n            en\n          }\n          country\n        }\n        park {\n          name {\n            en\n          }\n        }\n        sector {\n          name {\n            en\n          }\n        }\n        stage\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n        announcedOn\n        expectedJobs\n        verification\n        recordedBy\n        sources {\n          quote\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExportedInvestmentsDocument,
    "\n  query ExportParkId($s: String!) {\n    park(slug: $s) {\n      id\n    }\n  }\n": typeof types.ExportParkIdDocument,
    "\n  mutation ExportCreateOrganization($i: CreateOrganizationInput!) {\n    createOrganization(input: $i) {\n      id\n    }\n  }\n": typeof types.ExportCreateOrganizationDocument,
    "\n  mutation ExportCreateInvestment($i: CreateInvestmentInput!) {\n    createInvestment(input: $i) {\n      id\n    }\n  }\n": typeof types.ExportCreateInvestmentDocument,
    "\n  query ParksTotal($f: ParkFilter) {\n    parks(filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.ParksTotalDocument,
    "\n  query OrganizationsTotal($f: OrganizationFilter) {\n    organizations(filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.OrganizationsTotalDocument,
    "\n  query InvestmentsTotal($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.InvestmentsTotalDocument,
    "\n  query DealsTotal($f: DealFilter) {\n    deals(filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.DealsTotalDocument,
    "\n  query InexactAmountFilter {\n    investments(filter: { amountUsd: { gt: \"1.234\" } }) {\n      totalCount\n    }\n  }\n": typeof types.InexactAmountFilterDocument,
    "\n  query FilteredInvestmentsPage($f: InvestmentFilter, $after: String) {\n    investments(first: 30, after: $after, filter: $f) {\n      nodes {\n        id\n        stage\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FilteredInvestmentsPageDocument,
    "\n  query ConferenceForumEvents {\n    events(filter: { parent: { search: \"青岛会议\" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {\n      totalCount\n      nodes {\n        theme {\n          zh\n        }\n      }\n    }\n  }\n": typeof types.ConferenceForumEventsDocument,
    "\n  query CnyRatesNewestFirst {\n    exchangeRates(filter: { currency: { eq: \"CNY\" } }, orderBy: [VALID_FROM_DESC]) {\n      nodes {\n        validFrom\n      }\n    }\n  }\n": typeof types.CnyRatesNewestFirstDocument,
    "\n  query ConferenceForums {\n    events(filter: { search: \"青岛会议\" }) {\n      nodes {\n        children(filter: { search: \"论坛\" }, orderBy: [ID_DESC]) {\n          totalCount\n          nodes {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConferenceForumsDocument,
    "\n  query HubTenancies {\n    park(slug: \"china-europe-railway-qingdao-hub\") {\n      all: tenancies {\n        totalCount\n      }\n      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) {\n        totalCount\n        nodes {\n          status\n        }\n      }\n    }\n  }\n": typeof types.HubTenanciesDocument,
    "\n  query FirstParkIds {\n    parks(first: 2) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.FirstParkIdsDocument,
    "\n  query FirstOrganizationId {\n    organizations(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.FirstOrganizationIdDocument,
    "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n": typeof types.FitRankingDocument,
    "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n": typeof types.FitRankDocument,
    "\n  query IntrospectionClosedTypename {\n    parks(first: 1) {\n      __typename\n      totalCount\n    }\n  }\n": typeof types.IntrospectionClosedTypenameDocument,
    "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n": typeof types.EnergyValleyMoneyDocument,
    "\n  query ParksWalk($o: [ParkOrder!], $f: ParkFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    parks(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.ParksWalkDocument,
    "\n  query InvestmentsWalk($o: [InvestmentOrder!], $f: InvestmentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.InvestmentsWalkDocument,
    "\n  query OrganizationsWalk($o: [OrganizationOrder!], $f: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationsWalkDocument,
    "\n  query InvestmentsByStage {\n    investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) {\n      nodes {\n        stage\n      }\n    }\n  }\n": typeof types.InvestmentsByStageDocument,
    "\n  query ParkInvestmentsByStage($id: ID!, $c: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 4, after: $c, orderBy: [STAGE_ASC]) {\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParkInvestmentsByStageDocument,
    "\n  query InvestmentsInOrder($o: [InvestmentOrder!], $n: Int!, $c: String) {\n    investments(first: $n, after: $c, orderBy: $o) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.InvestmentsInOrderDocument,
    "\n  query ParksSignedInvestments($n: Int!, $after: String) {\n    parks(first: $n) {\n      nodes {\n        id\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          totalCount\n          nodes {\n            id\n            stage\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParksSignedInvestmentsDocument,
    "\n  query ParkInvestmentsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParkInvestmentsNextPageDocument,
    "\n  query OrganizationLinkedLists($n: Int!) {\n    organizations(first: $n) {\n      nodes {\n        id\n        deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n        parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationLinkedListsDocument,
    "\n  query OrganizationDealsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Organization {\n        deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDealsNextPageDocument,
    "\n  query InvestmentsByDateAfter($c: String) {\n    investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) {\n      totalCount\n    }\n  }\n": typeof types.InvestmentsByDateAfterDocument,
    "\n  query SecurityViewer {\n    viewer {\n      role\n    }\n  }\n": typeof types.SecurityViewerDocument,
    "\n  mutation SecuritySignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.SecuritySignInDocument,
    "\n  mutation SecurityRefresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.SecurityRefreshDocument,
    "\n  query SecurityOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.SecurityOfficersDocument,
    "\n  mutation SecurityChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n)\n  }\n": typeof types.SecurityChangePasswordDocument,
    "\n  mutation SecuritySetDisabled($id: ID!, $d: Boolean!) {\n    setOfficerDisabled(id: $id, disabled: $d) {\n      disabled\n    }\n  }\n": typeof types.SecuritySetDisabledDocument,
    "\n  mutation SecuritySignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n": typeof types.SecuritySignOutDocument,
    "\n  mutation SecurityCreateApiKey {\n    createApiKey(input: { name: \"audited\", role: READER }) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.SecurityCreateApiKeyDocument,
    "\n  mutation SecurityRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.SecurityRevokeApiKeyDocument,
    "\n  mutation SecurityCreateOfficer {\n    createOfficer(input: { email: \"audited@example.org\", name: \"Audited\", role: OFFICER, password: \"a long enough password\" }) {\n      id\n    }\n  }\n": typeof types.SecurityCreateOfficerDocument,
    "\n  mutation SecuritySaveView {\n    saveView(input: { name: \"mine\", path: \"/\", query: \"sector=x\" }) {\n      id\n    }\n  }\n": typeof types.SecuritySaveViewDocument,
    "\n  mutation SecurityDeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n": typeof types.SecurityDeleteSavedViewDocument,
    "\n  query SecurityAuditLog {\n    auditLog(first: 100) {\n      nodes {\n        operation\n        recordType\n        recordId\n        actorName\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.SecurityAuditLogDocument,
    "\n  query SecurityAuditCount($id: ID!) {\n    auditLog(recordId: $id) {\n      totalCount\n    }\n  }\n": typeof types.SecurityAuditCountDocument,
    "\n  query ReloadedRecords {\n    innovation: park(slug: \"sco-innovation-smart-manufacturing-park\") {\n      parent {\n        slug\n      }\n    }\n    cosco: organizations(filter: { search: \"中远海运\" }) {\n      nodes {\n        sectors {\n          code\n        }\n      }\n    }\n    alliance: organizations(filter: { search: \"上合人工智能大模型产业联盟\" }) {\n      nodes {\n        country\n      }\n    }\n    deals(first: 10) {\n      nodes {\n        kind\n        park {\n          name {\n            zh\n          }\n        }\n        parties {\n          role\n          organization {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReloadedRecordsDocument,
    "\n  query EnergyValleyLandArea {\n    park(slug: \"sco-energy-valley\") {\n      landArea {\n        mu\n      }\n      version\n    }\n  }\n": typeof types.EnergyValleyLandAreaDocument,
    "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": typeof types.TenantsComparedDocument,
    "\n  query ParkSlugs {\n    parks(first: 100) {\n      nodes {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.ParkSlugsDocument,
    "\n  query ParkTenantCounts($park: ID!, $today: Date!) {\n    byCountry: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [COUNTRY], current: true) {\n      on\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    bySector: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [SECTOR], current: true) {\n      totals {\n        tenants\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    compare: tenancyStats(filter: { park: { id: { in: [$park] } } }, groupBy: [PARK, SECTOR], current: true) {\n      totals {\n        tenants\n      }\n    }\n    series: tenantSeries(filter: { id: { eq: $park } }, period: { from: \"2026-01-01\", to: $today }, grain: QUARTER) {\n      end\n      tenants\n    }\n  }\n": typeof types.ParkTenantCountsDocument,
    "\n  query FollowedFilters($today: Date!) {\n    all: tenancyStats(current: true) {\n      totals {\n        tenants\n      }\n    }\n    energy: tenancyStats(current: true, filter: { organization: { sector: { in: [NEW_ENERGY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    kz: tenancyStats(current: true, filter: { organization: { country: { in: [\"KZ\"] }, kind: { in: [COMPANY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    deals: dealStats {\n      totals {\n        count\n        includesDemo\n      }\n      follows\n    }\n    energyDeals: dealStats(filter: { party: { sector: { in: [NEW_ENERGY] } } }, period: { from: \"2023-01-01\", to: $today }) {\n      follows\n      totals {\n        count\n      }\n    }\n  }\n": typeof types.FollowedFiltersDocument,
    "\n  query DemoFlags {\n    mixed: investmentStats(groupBy: [STAGE]) {\n      totals {\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    real: investmentStats(filter: { verification: { in: [VERIFIED, RECORDED] } }, groupBy: [STAGE]) {\n      totals {\n        count\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    realParks: parkStats(first: 100, records: { in: [VERIFIED, RECORDED] }) {\n      nodes {\n        figures {\n          tenantsIncludeDemo\n          committedIncludesDemo\n          dealsIncludeDemo\n        }\n      }\n    }\n    demoParks: parkStats(first: 100) {\n      nodes {\n        figures {\n          committedInvestments\n          committedIncludesDemo\n        }\n      }\n    }\n  }\n": typeof types.DemoFlagsDocument,
    "\n  query EdgeTenantCount($park: ID!, $on: Date!, $to: Date!) {\n    s: tenancyStats(filter: { park: { id: { eq: $park } } }, on: $on, groupBy: [SECTOR]) {\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        key {\n          value\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n    p: parkStats(filter: { id: { eq: $park } }, period: { from: \"2020-01-01\", to: $to }) {\n      nodes {\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": typeof types.EdgeTenantCountDocument,
    "\n  query EdgeParkTenants($ids: [ID!]) {\n    parkStats(filter: { id: { in: $ids } }) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n  }\n": typeof types.EdgeParkTenantsDocument,
    "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n": typeof types.EdgeParksDocument,
    "\n  query ClockViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.ClockViewerRoleDocument,
    "\n  mutation ClockRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ClockRefreshSessionDocument,
    "\n  mutation ClockSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ClockSignInDocument,
    "\n  mutation ClockCreateOrganization($i: CreateOrganizationInput!, $k: String) {\n    createOrganization(input: $i, idempotencyKey: $k) {\n      id\n    }\n  }\n": typeof types.ClockCreateOrganizationDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  query SavedViewsList {\n    savedViews {\n      totalCount\n      nodes {\n        name\n        path\n        query\n        savedBy\n      }\n    }\n  }\n": typeof types.SavedViewsListDocument,
    "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  query ViewerOfficerId {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        id\n      }\n    }\n  }\n": typeof types.ViewerOfficerIdDocument,
    "\n  mutation CreateViewsApiKey($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateViewsApiKeyDocument,
};
const documents: Documents = {
    "\n  query DashboardInvestmentCount($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n": types.DashboardInvestmentCountDocument,
    "\n  query DashboardSignedInvestments {\n    investments(filter: { stage: { in: [SIGNED] } }, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.DashboardSignedInvestmentsDocument,
    "\n  query FiguresCurrentTenants($o: OrganizationFilter) {\n    tenancyStats(current: true, filter: { organization: $o }) {\n      totals {\n        tenants\n      }\n    }\n  }\n": types.FiguresCurrentTenantsDocument,
    "\n  query LayoutDemoRecords {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n    investments(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LayoutDemoRecordsDocument,
    "\n  query OfficerDemoDeal {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n        title {\n          en\n        }\n      }\n    }\n  }\n": types.OfficerDemoDealDocument,
    "\n  query OfficerDealAfterEdit($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n        recordedBy\n      }\n    }\n  }\n": types.OfficerDealAfterEditDocument,
    "\n  query OfficerDealTitle($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n      }\n    }\n  }\n": types.OfficerDealTitleDocument,
    "\n  query OfficerRecordedInvestment($id: ID!) {\n    node(id: $id) {\n      ... on Investment {\n        verification\n        recordedBy\n        amount {\n          amount\n          currency\n        }\n        announcedOn\n      }\n    }\n  }\n": types.OfficerRecordedInvestmentDocument,
    "\n  mutation SignInForTest($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.SignInForTestDocument,
    "\n  mutation CreateApiKeyForTest($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n    }\n  }\n": types.CreateApiKeyForTestDocument,
    "\n  query AccessViewer {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        email\n        role\n      }\n    }\n  }\n": types.AccessViewerDocument,
    "\n  query AccessApiKeys {\n    apiKeys(first: 100) {\n      nodes {\n        id\n        prefix\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": types.AccessApiKeysDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.AccessRevokeApiKeyDocument,
    "\n  mutation AccessRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      officer {\n        email\n      }\n    }\n  }\n": types.AccessRefreshSessionDocument,
    "\n  mutation AccessSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.AccessSignInDocument,
    "\n  mutation AccessSignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n": types.AccessSignOutDocument,
    "\n  query AccessOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n        disabled\n      }\n    }\n  }\n": types.AccessOfficersDocument,
    "\n  mutation AccessDisableOfficer($id: ID!) {\n    setOfficerDisabled(id: $id, disabled: true) {\n      disabled\n    }\n  }\n": types.AccessDisableOfficerDocument,
    "\n  mutation AccessBadOfficer {\n    createOfficer(input: { email: \"not-an-email\", name: \"\", role: OFFICER, password: \"short\" }) {\n      id\n    }\n  }\n": types.AccessBadOfficerDocument,
    "\n  mutation AccessDuplicateOfficer($e: String!) {\n    createOfficer(input: { email: $e, name: \"X\", role: OFFICER, password: \"long enough password\" }) {\n      id\n    }\n  }\n": types.AccessDuplicateOfficerDocument,
    "\n  query AccessParkCount {\n    parks(first: 1) {\n      totalCount\n    }\n  }\n": types.AccessParkCountDocument,
    "\n  query AccessEventCount {\n    events(first: 1) {\n      totalCount\n    }\n  }\n": types.AccessEventCountDocument,
    "\n  # eslint-disable @graphql-eslint/selection-set-depth -- as deep as a park page with its investments gets: the nesting whose batching is measured\n  query BatchedParks($n: Int!) {\n    parks(first: $n) {\n      edges {\n        node {\n          name {\n            en\n          }\n          focusSectors {\n            code\n          }\n          parent {\n            id\n          }\n          sources {\n            quote\n          }\n          investments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                organization {\n                  id\n                  name {\n                    en\n                  }\n                }\n                amount {\n                  amount\n                  usdRate {\n                    id\n                  }\n                }\n                sector {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BatchedParksDocument,
    "\n  query LastParksInvestments {\n    parks(last: 2) {\n      nodes {\n        id\n        investments(first: 3) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.LastParksInvestmentsDocument,
    "\n  query ParkInvestmentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 10, after: $after) {\n          edges {\n            node {\n              id\n              park {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": types.ParkInvestmentsPageDocument,
    "\n  query InvestmentNodePark($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Investment {\n        park {\n          id\n        }\n      }\n    }\n  }\n": types.InvestmentNodeParkDocument,
    "\n  query DemoInvestments {\n    dataset {\n      includesDemoData\n      demoRecords\n    }\n    investments(first: 100) {\n      totalCount\n      nodes {\n        verification\n        organization {\n          verification\n        }\n        park {\n          slug\n        }\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n      }\n    }\n  }\n": types.DemoInvestmentsDocument,
    "\n  query DemoPresent {\n    dataset {\n      includesDemoData\n    }\n  }\n": types.DemoPresentDocument,
    "\n  query ExportedInvestments($f: InvestmentFilter, $a: String) {\n    investments(filter: $f, first: 100, after: $a) {\n      nodes {\n        id\n        organization {\n          name {\n            en\n          }\n          country\n        }\n        park {\n          name {\n            en\n          }\n        }\n        sector {\n          name {\n            en\n          }\n        }\n        stage\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n        announcedOn\n        expectedJobs\n        verification\n        recordedBy\n        sources {\n          quote\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExportedInvestmentsDocument,
    "\n  query ExportParkId($s: String!) {\n    park(slug: $s) {\n      id\n    }\n  }\n": types.ExportParkIdDocument,
    "\n  mutation ExportCreateOrganization($i: CreateOrganizationInput!) {\n    createOrganization(input: $i) {\n      id\n    }\n  }\n": types.ExportCreateOrganizationDocument,
    "\n  mutation ExportCreateInvestment($i: CreateInvestmentInput!) {\n    createInvestment(input: $i) {\n      id\n    }\n  }\n": types.ExportCreateInvestmentDocument,
    "\n  query ParksTotal($f: ParkFilter) {\n    parks(filter: $f) {\n      totalCount\n    }\n  }\n": types.ParksTotalDocument,
    "\n  query OrganizationsTotal($f: OrganizationFilter) {\n    organizations(filter: $f) {\n      totalCount\n    }\n  }\n": types.OrganizationsTotalDocument,
    "\n  query InvestmentsTotal($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n": types.InvestmentsTotalDocument,
    "\n  query DealsTotal($f: DealFilter) {\n    deals(filter: $f) {\n      totalCount\n    }\n  }\n": types.DealsTotalDocument,
    "\n  query InexactAmountFilter {\n    investments(filter: { amountUsd: { gt: \"1.234\" } }) {\n      totalCount\n    }\n  }\n": types.InexactAmountFilterDocument,
    "\n  query FilteredInvestmentsPage($f: InvestmentFilter, $after: String) {\n    investments(first: 30, after: $after, filter: $f) {\n      nodes {\n        id\n        stage\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FilteredInvestmentsPageDocument,
    "\n  query ConferenceForumEvents {\n    events(filter: { parent: { search: \"青岛会议\" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {\n      totalCount\n      nodes {\n        theme {\n          zh\n        }\n      }\n    }\n  }\n": types.ConferenceForumEventsDocument,
    "\n  query CnyRatesNewestFirst {\n    exchangeRates(filter: { currency: { eq: \"CNY\" } }, orderBy: [VALID_FROM_DESC]) {\n      nodes {\n        validFrom\n      }\n    }\n  }\n": types.CnyRatesNewestFirstDocument,
    "\n  query ConferenceForums {\n    events(filter: { search: \"青岛会议\" }) {\n      nodes {\n        children(filter: { search: \"论坛\" }, orderBy: [ID_DESC]) {\n          totalCount\n          nodes {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConferenceForumsDocument,
    "\n  query HubTenancies {\n    park(slug: \"china-europe-railway-qingdao-hub\") {\n      all: tenancies {\n        totalCount\n      }\n      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) {\n        totalCount\n        nodes {\n          status\n        }\n      }\n    }\n  }\n": types.HubTenanciesDocument,
    "\n  query FirstParkIds {\n    parks(first: 2) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.FirstParkIdsDocument,
    "\n  query FirstOrganizationId {\n    organizations(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.FirstOrganizationIdDocument,
    "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n": types.FitRankingDocument,
    "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n": types.FitRankDocument,
    "\n  query IntrospectionClosedTypename {\n    parks(first: 1) {\n      __typename\n      totalCount\n    }\n  }\n": types.IntrospectionClosedTypenameDocument,
    "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n": types.EnergyValleyMoneyDocument,
    "\n  query ParksWalk($o: [ParkOrder!], $f: ParkFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    parks(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.ParksWalkDocument,
    "\n  query InvestmentsWalk($o: [InvestmentOrder!], $f: InvestmentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.InvestmentsWalkDocument,
    "\n  query OrganizationsWalk($o: [OrganizationOrder!], $f: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.OrganizationsWalkDocument,
    "\n  query InvestmentsByStage {\n    investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) {\n      nodes {\n        stage\n      }\n    }\n  }\n": types.InvestmentsByStageDocument,
    "\n  query ParkInvestmentsByStage($id: ID!, $c: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 4, after: $c, orderBy: [STAGE_ASC]) {\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.ParkInvestmentsByStageDocument,
    "\n  query InvestmentsInOrder($o: [InvestmentOrder!], $n: Int!, $c: String) {\n    investments(first: $n, after: $c, orderBy: $o) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.InvestmentsInOrderDocument,
    "\n  query ParksSignedInvestments($n: Int!, $after: String) {\n    parks(first: $n) {\n      nodes {\n        id\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          totalCount\n          nodes {\n            id\n            stage\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": types.ParksSignedInvestmentsDocument,
    "\n  query ParkInvestmentsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ParkInvestmentsNextPageDocument,
    "\n  query OrganizationLinkedLists($n: Int!) {\n    organizations(first: $n) {\n      nodes {\n        id\n        deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n        parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationLinkedListsDocument,
    "\n  query OrganizationDealsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Organization {\n        deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationDealsNextPageDocument,
    "\n  query InvestmentsByDateAfter($c: String) {\n    investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) {\n      totalCount\n    }\n  }\n": types.InvestmentsByDateAfterDocument,
    "\n  query SecurityViewer {\n    viewer {\n      role\n    }\n  }\n": types.SecurityViewerDocument,
    "\n  mutation SecuritySignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.SecuritySignInDocument,
    "\n  mutation SecurityRefresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.SecurityRefreshDocument,
    "\n  query SecurityOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.SecurityOfficersDocument,
    "\n  mutation SecurityChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n)\n  }\n": types.SecurityChangePasswordDocument,
    "\n  mutation SecuritySetDisabled($id: ID!, $d: Boolean!) {\n    setOfficerDisabled(id: $id, disabled: $d) {\n      disabled\n    }\n  }\n": types.SecuritySetDisabledDocument,
    "\n  mutation SecuritySignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n": types.SecuritySignOutDocument,
    "\n  mutation SecurityCreateApiKey {\n    createApiKey(input: { name: \"audited\", role: READER }) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.SecurityCreateApiKeyDocument,
    "\n  mutation SecurityRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.SecurityRevokeApiKeyDocument,
    "\n  mutation SecurityCreateOfficer {\n    createOfficer(input: { email: \"audited@example.org\", name: \"Audited\", role: OFFICER, password: \"a long enough password\" }) {\n      id\n    }\n  }\n": types.SecurityCreateOfficerDocument,
    "\n  mutation SecuritySaveView {\n    saveView(input: { name: \"mine\", path: \"/\", query: \"sector=x\" }) {\n      id\n    }\n  }\n": types.SecuritySaveViewDocument,
    "\n  mutation SecurityDeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n": types.SecurityDeleteSavedViewDocument,
    "\n  query SecurityAuditLog {\n    auditLog(first: 100) {\n      nodes {\n        operation\n        recordType\n        recordId\n        actorName\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.SecurityAuditLogDocument,
    "\n  query SecurityAuditCount($id: ID!) {\n    auditLog(recordId: $id) {\n      totalCount\n    }\n  }\n": types.SecurityAuditCountDocument,
    "\n  query ReloadedRecords {\n    innovation: park(slug: \"sco-innovation-smart-manufacturing-park\") {\n      parent {\n        slug\n      }\n    }\n    cosco: organizations(filter: { search: \"中远海运\" }) {\n      nodes {\n        sectors {\n          code\n        }\n      }\n    }\n    alliance: organizations(filter: { search: \"上合人工智能大模型产业联盟\" }) {\n      nodes {\n        country\n      }\n    }\n    deals(first: 10) {\n      nodes {\n        kind\n        park {\n          name {\n            zh\n          }\n        }\n        parties {\n          role\n          organization {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReloadedRecordsDocument,
    "\n  query EnergyValleyLandArea {\n    park(slug: \"sco-energy-valley\") {\n      landArea {\n        mu\n      }\n      version\n    }\n  }\n": types.EnergyValleyLandAreaDocument,
    "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": types.TenantsComparedDocument,
    "\n  query ParkSlugs {\n    parks(first: 100) {\n      nodes {\n        id\n        slug\n      }\n    }\n  }\n": types.ParkSlugsDocument,
    "\n  query ParkTenantCounts($park: ID!, $today: Date!) {\n    byCountry: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [COUNTRY], current: true) {\n      on\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    bySector: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [SECTOR], current: true) {\n      totals {\n        tenants\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    compare: tenancyStats(filter: { park: { id: { in: [$park] } } }, groupBy: [PARK, SECTOR], current: true) {\n      totals {\n        tenants\n      }\n    }\n    series: tenantSeries(filter: { id: { eq: $park } }, period: { from: \"2026-01-01\", to: $today }, grain: QUARTER) {\n      end\n      tenants\n    }\n  }\n": types.ParkTenantCountsDocument,
    "\n  query FollowedFilters($today: Date!) {\n    all: tenancyStats(current: true) {\n      totals {\n        tenants\n      }\n    }\n    energy: tenancyStats(current: true, filter: { organization: { sector: { in: [NEW_ENERGY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    kz: tenancyStats(current: true, filter: { organization: { country: { in: [\"KZ\"] }, kind: { in: [COMPANY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    deals: dealStats {\n      totals {\n        count\n        includesDemo\n      }\n      follows\n    }\n    energyDeals: dealStats(filter: { party: { sector: { in: [NEW_ENERGY] } } }, period: { from: \"2023-01-01\", to: $today }) {\n      follows\n      totals {\n        count\n      }\n    }\n  }\n": types.FollowedFiltersDocument,
    "\n  query DemoFlags {\n    mixed: investmentStats(groupBy: [STAGE]) {\n      totals {\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    real: investmentStats(filter: { verification: { in: [VERIFIED, RECORDED] } }, groupBy: [STAGE]) {\n      totals {\n        count\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    realParks: parkStats(first: 100, records: { in: [VERIFIED, RECORDED] }) {\n      nodes {\n        figures {\n          tenantsIncludeDemo\n          committedIncludesDemo\n          dealsIncludeDemo\n        }\n      }\n    }\n    demoParks: parkStats(first: 100) {\n      nodes {\n        figures {\n          committedInvestments\n          committedIncludesDemo\n        }\n      }\n    }\n  }\n": types.DemoFlagsDocument,
    "\n  query EdgeTenantCount($park: ID!, $on: Date!, $to: Date!) {\n    s: tenancyStats(filter: { park: { id: { eq: $park } } }, on: $on, groupBy: [SECTOR]) {\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        key {\n          value\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n    p: parkStats(filter: { id: { eq: $park } }, period: { from: \"2020-01-01\", to: $to }) {\n      nodes {\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": types.EdgeTenantCountDocument,
    "\n  query EdgeParkTenants($ids: [ID!]) {\n    parkStats(filter: { id: { in: $ids } }) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n  }\n": types.EdgeParkTenantsDocument,
    "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n": types.EdgeParksDocument,
    "\n  query ClockViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.ClockViewerRoleDocument,
    "\n  mutation ClockRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ClockRefreshSessionDocument,
    "\n  mutation ClockSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ClockSignInDocument,
    "\n  mutation ClockCreateOrganization($i: CreateOrganizationInput!, $k: String) {\n    createOrganization(input: $i, idempotencyKey: $k) {\n      id\n    }\n  }\n": types.ClockCreateOrganizationDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveViewDocument,
    "\n  query SavedViewsList {\n    savedViews {\n      totalCount\n      nodes {\n        name\n        path\n        query\n        savedBy\n      }\n    }\n  }\n": types.SavedViewsListDocument,
    "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n": types.DeleteSavedViewDocument,
    "\n  query ViewerOfficerId {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        id\n      }\n    }\n  }\n": types.ViewerOfficerIdDocument,
    "\n  mutation CreateViewsApiKey($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateViewsApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardInvestmentCount($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardInvestmentCount($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSignedInvestments {\n    investments(filter: { stage: { in: [SIGNED] } }, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardSignedInvestments {\n    investments(filter: { stage: { in: [SIGNED] } }, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresCurrentTenants($o: OrganizationFilter) {\n    tenancyStats(current: true, filter: { organization: $o }) {\n      totals {\n        tenants\n      }\n    }\n  }\n"): (typeof documents)["\n  query FiguresCurrentTenants($o: OrganizationFilter) {\n    tenancyStats(current: true, filter: { organization: $o }) {\n      totals {\n        tenants\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LayoutDemoRecords {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n    investments(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LayoutDemoRecords {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n    investments(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerDemoDeal {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n        title {\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerDemoDeal {\n    deals(filter: { verification: { eq: DEMO } }, first: 1) {\n      nodes {\n        id\n        title {\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerDealAfterEdit($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n        recordedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerDealAfterEdit($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n        recordedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerDealTitle($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerDealTitle($id: ID!) {\n    node(id: $id) {\n      ... on Deal {\n        title {\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerRecordedInvestment($id: ID!) {\n    node(id: $id) {\n      ... on Investment {\n        verification\n        recordedBy\n        amount {\n          amount\n          currency\n        }\n        announcedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerRecordedInvestment($id: ID!) {\n    node(id: $id) {\n      ... on Investment {\n        verification\n        recordedBy\n        amount {\n          amount\n          currency\n        }\n        announcedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInForTest($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignInForTest($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKeyForTest($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKeyForTest($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessViewer {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessViewer {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiKeys {\n    apiKeys(first: 100) {\n      nodes {\n        id\n        prefix\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessApiKeys {\n    apiKeys(first: 100) {\n      nodes {\n        id\n        prefix\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      officer {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      officer {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation AccessSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n"): (typeof documents)["\n  mutation AccessSignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n        disabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n        disabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessDisableOfficer($id: ID!) {\n    setOfficerDisabled(id: $id, disabled: true) {\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation AccessDisableOfficer($id: ID!) {\n    setOfficerDisabled(id: $id, disabled: true) {\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessBadOfficer {\n    createOfficer(input: { email: \"not-an-email\", name: \"\", role: OFFICER, password: \"short\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AccessBadOfficer {\n    createOfficer(input: { email: \"not-an-email\", name: \"\", role: OFFICER, password: \"short\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessDuplicateOfficer($e: String!) {\n    createOfficer(input: { email: $e, name: \"X\", role: OFFICER, password: \"long enough password\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AccessDuplicateOfficer($e: String!) {\n    createOfficer(input: { email: $e, name: \"X\", role: OFFICER, password: \"long enough password\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessParkCount {\n    parks(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccessParkCount {\n    parks(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessEventCount {\n    events(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccessEventCount {\n    events(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  # eslint-disable @graphql-eslint/selection-set-depth -- as deep as a park page with its investments gets: the nesting whose batching is measured\n  query BatchedParks($n: Int!) {\n    parks(first: $n) {\n      edges {\n        node {\n          name {\n            en\n          }\n          focusSectors {\n            code\n          }\n          parent {\n            id\n          }\n          sources {\n            quote\n          }\n          investments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                organization {\n                  id\n                  name {\n                    en\n                  }\n                }\n                amount {\n                  amount\n                  usdRate {\n                    id\n                  }\n                }\n                sector {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  # eslint-disable @graphql-eslint/selection-set-depth -- as deep as a park page with its investments gets: the nesting whose batching is measured\n  query BatchedParks($n: Int!) {\n    parks(first: $n) {\n      edges {\n        node {\n          name {\n            en\n          }\n          focusSectors {\n            code\n          }\n          parent {\n            id\n          }\n          sources {\n            quote\n          }\n          investments(first: 5) {\n            totalCount\n            edges {\n              node {\n                id\n                organization {\n                  id\n                  name {\n                    en\n                  }\n                }\n                amount {\n                  amount\n                  usdRate {\n                    id\n                  }\n                }\n                sector {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastParksInvestments {\n    parks(last: 2) {\n      nodes {\n        id\n        investments(first: 3) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LastParksInvestments {\n    parks(last: 2) {\n      nodes {\n        id\n        investments(first: 3) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkInvestmentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 10, after: $after) {\n          edges {\n            node {\n              id\n              park {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkInvestmentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 10, after: $after) {\n          edges {\n            node {\n              id\n              park {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentNodePark($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Investment {\n        park {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentNodePark($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Investment {\n        park {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoInvestments {\n    dataset {\n      includesDemoData\n      demoRecords\n    }\n    investments(first: 100) {\n      totalCount\n      nodes {\n        verification\n        organization {\n          verification\n        }\n        park {\n          slug\n        }\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoInvestments {\n    dataset {\n      includesDemoData\n      demoRecords\n    }\n    investments(first: 100) {\n      totalCount\n      nodes {\n        verification\n        organization {\n          verification\n        }\n        park {\n          slug\n        }\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoPresent {\n    dataset {\n      includesDemoData\n    }\n  }\n"): (typeof documents)["\n  query DemoPresent {\n    dataset {\n      includesDemoData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedInvestments($f: InvestmentFilter, $a: String) {\n    investments(filter: $f, first: 100, after: $a) {\n      nodes {\n        id\n        organization {\n          name {\n            en\n          }\n          country\n        }\n        park {\n          name {\n            en\n          }\n        }\n        sector {\n          name {\n            en\n          }\n        }\n        stage\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n        announcedOn\n        expectedJobs\n        verification\n        recordedBy\n        sources {\n          quote\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportedInvestments($f: InvestmentFilter, $a: String) {\n    investments(filter: $f, first: 100, after: $a) {\n      nodes {\n        id\n        organization {\n          name {\n            en\n          }\n          country\n        }\n        park {\n          name {\n            en\n          }\n        }\n        sector {\n          name {\n            en\n          }\n        }\n        stage\n        amount {\n          amount\n          currency\n          amountUsd\n        }\n        announcedOn\n        expectedJobs\n        verification\n        recordedBy\n        sources {\n          quote\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportParkId($s: String!) {\n    park(slug: $s) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ExportParkId($s: String!) {\n    park(slug: $s) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCreateOrganization($i: CreateOrganizationInput!) {\n    createOrganization(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCreateOrganization($i: CreateOrganizationInput!) {\n    createOrganization(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCreateInvestment($i: CreateInvestmentInput!) {\n    createInvestment(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCreateInvestment($i: CreateInvestmentInput!) {\n    createInvestment(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParksTotal($f: ParkFilter) {\n    parks(filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ParksTotal($f: ParkFilter) {\n    parks(filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsTotal($f: OrganizationFilter) {\n    organizations(filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsTotal($f: OrganizationFilter) {\n    organizations(filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentsTotal($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvestmentsTotal($f: InvestmentFilter) {\n    investments(filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsTotal($f: DealFilter) {\n    deals(filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DealsTotal($f: DealFilter) {\n    deals(filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InexactAmountFilter {\n    investments(filter: { amountUsd: { gt: \"1.234\" } }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InexactAmountFilter {\n    investments(filter: { amountUsd: { gt: \"1.234\" } }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredInvestmentsPage($f: InvestmentFilter, $after: String) {\n    investments(first: 30, after: $after, filter: $f) {\n      nodes {\n        id\n        stage\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredInvestmentsPage($f: InvestmentFilter, $after: String) {\n    investments(first: 30, after: $after, filter: $f) {\n      nodes {\n        id\n        stage\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceForumEvents {\n    events(filter: { parent: { search: \"青岛会议\" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {\n      totalCount\n      nodes {\n        theme {\n          zh\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceForumEvents {\n    events(filter: { parent: { search: \"青岛会议\" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {\n      totalCount\n      nodes {\n        theme {\n          zh\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CnyRatesNewestFirst {\n    exchangeRates(filter: { currency: { eq: \"CNY\" } }, orderBy: [VALID_FROM_DESC]) {\n      nodes {\n        validFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  query CnyRatesNewestFirst {\n    exchangeRates(filter: { currency: { eq: \"CNY\" } }, orderBy: [VALID_FROM_DESC]) {\n      nodes {\n        validFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceForums {\n    events(filter: { search: \"青岛会议\" }) {\n      nodes {\n        children(filter: { search: \"论坛\" }, orderBy: [ID_DESC]) {\n          totalCount\n          nodes {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceForums {\n    events(filter: { search: \"青岛会议\" }) {\n      nodes {\n        children(filter: { search: \"论坛\" }, orderBy: [ID_DESC]) {\n          totalCount\n          nodes {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubTenancies {\n    park(slug: \"china-europe-railway-qingdao-hub\") {\n      all: tenancies {\n        totalCount\n      }\n      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) {\n        totalCount\n        nodes {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubTenancies {\n    park(slug: \"china-europe-railway-qingdao-hub\") {\n      all: tenancies {\n        totalCount\n      }\n      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) {\n        totalCount\n        nodes {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstParkIds {\n    parks(first: 2) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstParkIds {\n    parks(first: 2) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstOrganizationId {\n    organizations(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstOrganizationId {\n    organizations(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n"): (typeof documents)["\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntrospectionClosedTypename {\n    parks(first: 1) {\n      __typename\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IntrospectionClosedTypename {\n    parks(first: 1) {\n      __typename\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParksWalk($o: [ParkOrder!], $f: ParkFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    parks(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParksWalk($o: [ParkOrder!], $f: ParkFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    parks(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentsWalk($o: [InvestmentOrder!], $f: InvestmentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentsWalk($o: [InvestmentOrder!], $f: InvestmentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsWalk($o: [OrganizationOrder!], $f: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsWalk($o: [OrganizationOrder!], $f: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentsByStage {\n    investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) {\n      nodes {\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentsByStage {\n    investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) {\n      nodes {\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkInvestmentsByStage($id: ID!, $c: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 4, after: $c, orderBy: [STAGE_ASC]) {\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkInvestmentsByStage($id: ID!, $c: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 4, after: $c, orderBy: [STAGE_ASC]) {\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentsInOrder($o: [InvestmentOrder!], $n: Int!, $c: String) {\n    investments(first: $n, after: $c, orderBy: $o) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentsInOrder($o: [InvestmentOrder!], $n: Int!, $c: String) {\n    investments(first: $n, after: $c, orderBy: $o) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParksSignedInvestments($n: Int!, $after: String) {\n    parks(first: $n) {\n      nodes {\n        id\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          totalCount\n          nodes {\n            id\n            stage\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParksSignedInvestments($n: Int!, $after: String) {\n    parks(first: $n) {\n      nodes {\n        id\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          totalCount\n          nodes {\n            id\n            stage\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkInvestmentsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkInvestmentsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Park {\n        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationLinkedLists($n: Int!) {\n    organizations(first: $n) {\n      nodes {\n        id\n        deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n        parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationLinkedLists($n: Int!) {\n    organizations(first: $n) {\n      nodes {\n        id\n        deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n        parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) {\n          totalCount\n          nodes {\n            id\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDealsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Organization {\n        deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDealsNextPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Organization {\n        deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentsByDateAfter($c: String) {\n    investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvestmentsByDateAfter($c: String) {\n    investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityViewer {\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query SecurityViewer {\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecuritySignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SecuritySignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRefresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityRefresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityOfficers {\n    officers(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n)\n  }\n"): (typeof documents)["\n  mutation SecurityChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecuritySetDisabled($id: ID!, $d: Boolean!) {\n    setOfficerDisabled(id: $id, disabled: $d) {\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SecuritySetDisabled($id: ID!, $d: Boolean!) {\n    setOfficerDisabled(id: $id, disabled: $d) {\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecuritySignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n"): (typeof documents)["\n  mutation SecuritySignOut($t: String!) {\n    signOut(refreshToken: $t)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityCreateApiKey {\n    createApiKey(input: { name: \"audited\", role: READER }) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityCreateApiKey {\n    createApiKey(input: { name: \"audited\", role: READER }) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityCreateOfficer {\n    createOfficer(input: { email: \"audited@example.org\", name: \"Audited\", role: OFFICER, password: \"a long enough password\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityCreateOfficer {\n    createOfficer(input: { email: \"audited@example.org\", name: \"Audited\", role: OFFICER, password: \"a long enough password\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecuritySaveView {\n    saveView(input: { name: \"mine\", path: \"/\", query: \"sector=x\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecuritySaveView {\n    saveView(input: { name: \"mine\", path: \"/\", query: \"sector=x\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityDeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityDeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityAuditLog {\n    auditLog(first: 100) {\n      nodes {\n        operation\n        recordType\n        recordId\n        actorName\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityAuditLog {\n    auditLog(first: 100) {\n      nodes {\n        operation\n        recordType\n        recordId\n        actorName\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityAuditCount($id: ID!) {\n    auditLog(recordId: $id) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SecurityAuditCount($id: ID!) {\n    auditLog(recordId: $id) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReloadedRecords {\n    innovation: park(slug: \"sco-innovation-smart-manufacturing-park\") {\n      parent {\n        slug\n      }\n    }\n    cosco: organizations(filter: { search: \"中远海运\" }) {\n      nodes {\n        sectors {\n          code\n        }\n      }\n    }\n    alliance: organizations(filter: { search: \"上合人工智能大模型产业联盟\" }) {\n      nodes {\n        country\n      }\n    }\n    deals(first: 10) {\n      nodes {\n        kind\n        park {\n          name {\n            zh\n          }\n        }\n        parties {\n          role\n          organization {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReloadedRecords {\n    innovation: park(slug: \"sco-innovation-smart-manufacturing-park\") {\n      parent {\n        slug\n      }\n    }\n    cosco: organizations(filter: { search: \"中远海运\" }) {\n      nodes {\n        sectors {\n          code\n        }\n      }\n    }\n    alliance: organizations(filter: { search: \"上合人工智能大模型产业联盟\" }) {\n      nodes {\n        country\n      }\n    }\n    deals(first: 10) {\n      nodes {\n        kind\n        park {\n          name {\n            zh\n          }\n        }\n        parties {\n          role\n          organization {\n            name {\n              zh\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnergyValleyLandArea {\n    park(slug: \"sco-energy-valley\") {\n      landArea {\n        mu\n      }\n      version\n    }\n  }\n"): (typeof documents)["\n  query EnergyValleyLandArea {\n    park(slug: \"sco-energy-valley\") {\n      landArea {\n        mu\n      }\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkSlugs {\n    parks(first: 100) {\n      nodes {\n        id\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkSlugs {\n    parks(first: 100) {\n      nodes {\n        id\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkTenantCounts($park: ID!, $today: Date!) {\n    byCountry: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [COUNTRY], current: true) {\n      on\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    bySector: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [SECTOR], current: true) {\n      totals {\n        tenants\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    compare: tenancyStats(filter: { park: { id: { in: [$park] } } }, groupBy: [PARK, SECTOR], current: true) {\n      totals {\n        tenants\n      }\n    }\n    series: tenantSeries(filter: { id: { eq: $park } }, period: { from: \"2026-01-01\", to: $today }, grain: QUARTER) {\n      end\n      tenants\n    }\n  }\n"): (typeof documents)["\n  query ParkTenantCounts($park: ID!, $today: Date!) {\n    byCountry: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [COUNTRY], current: true) {\n      on\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    bySector: tenancyStats(filter: { park: { id: { eq: $park } } }, groupBy: [SECTOR], current: true) {\n      totals {\n        tenants\n      }\n      buckets {\n        figures {\n          tenants\n        }\n      }\n    }\n    compare: tenancyStats(filter: { park: { id: { in: [$park] } } }, groupBy: [PARK, SECTOR], current: true) {\n      totals {\n        tenants\n      }\n    }\n    series: tenantSeries(filter: { id: { eq: $park } }, period: { from: \"2026-01-01\", to: $today }, grain: QUARTER) {\n      end\n      tenants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedFilters($today: Date!) {\n    all: tenancyStats(current: true) {\n      totals {\n        tenants\n      }\n    }\n    energy: tenancyStats(current: true, filter: { organization: { sector: { in: [NEW_ENERGY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    kz: tenancyStats(current: true, filter: { organization: { country: { in: [\"KZ\"] }, kind: { in: [COMPANY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    deals: dealStats {\n      totals {\n        count\n        includesDemo\n      }\n      follows\n    }\n    energyDeals: dealStats(filter: { party: { sector: { in: [NEW_ENERGY] } } }, period: { from: \"2023-01-01\", to: $today }) {\n      follows\n      totals {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowedFilters($today: Date!) {\n    all: tenancyStats(current: true) {\n      totals {\n        tenants\n      }\n    }\n    energy: tenancyStats(current: true, filter: { organization: { sector: { in: [NEW_ENERGY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    kz: tenancyStats(current: true, filter: { organization: { country: { in: [\"KZ\"] }, kind: { in: [COMPANY] } } }) {\n      follows\n      totals {\n        tenants\n      }\n    }\n    deals: dealStats {\n      totals {\n        count\n        includesDemo\n      }\n      follows\n    }\n    energyDeals: dealStats(filter: { party: { sector: { in: [NEW_ENERGY] } } }, period: { from: \"2023-01-01\", to: $today }) {\n      follows\n      totals {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoFlags {\n    mixed: investmentStats(groupBy: [STAGE]) {\n      totals {\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    real: investmentStats(filter: { verification: { in: [VERIFIED, RECORDED] } }, groupBy: [STAGE]) {\n      totals {\n        count\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    realParks: parkStats(first: 100, records: { in: [VERIFIED, RECORDED] }) {\n      nodes {\n        figures {\n          tenantsIncludeDemo\n          committedIncludesDemo\n          dealsIncludeDemo\n        }\n      }\n    }\n    demoParks: parkStats(first: 100) {\n      nodes {\n        figures {\n          committedInvestments\n          committedIncludesDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoFlags {\n    mixed: investmentStats(groupBy: [STAGE]) {\n      totals {\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    real: investmentStats(filter: { verification: { in: [VERIFIED, RECORDED] } }, groupBy: [STAGE]) {\n      totals {\n        count\n        includesDemo\n      }\n      buckets {\n        figures {\n          includesDemo\n        }\n      }\n    }\n    realParks: parkStats(first: 100, records: { in: [VERIFIED, RECORDED] }) {\n      nodes {\n        figures {\n          tenantsIncludeDemo\n          committedIncludesDemo\n          dealsIncludeDemo\n        }\n      }\n    }\n    demoParks: parkStats(first: 100) {\n      nodes {\n        figures {\n          committedInvestments\n          committedIncludesDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeTenantCount($park: ID!, $on: Date!, $to: Date!) {\n    s: tenancyStats(filter: { park: { id: { eq: $park } } }, on: $on, groupBy: [SECTOR]) {\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        key {\n          value\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n    p: parkStats(filter: { id: { eq: $park } }, period: { from: \"2020-01-01\", to: $to }) {\n      nodes {\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EdgeTenantCount($park: ID!, $on: Date!, $to: Date!) {\n    s: tenancyStats(filter: { park: { id: { eq: $park } } }, on: $on, groupBy: [SECTOR]) {\n      totals {\n        tenants\n        includesDemo\n      }\n      buckets {\n        key {\n          value\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n    p: parkStats(filter: { id: { eq: $park } }, period: { from: \"2020-01-01\", to: $to }) {\n      nodes {\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeParkTenants($ids: [ID!]) {\n    parkStats(filter: { id: { in: $ids } }) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EdgeParkTenants($ids: [ID!]) {\n    parkStats(filter: { id: { in: $ids } }) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClockViewerRole {\n    viewer {\n      role\n    }\n  }\n"): (typeof documents)["\n  query ClockViewerRole {\n    viewer {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation ClockRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation ClockSignIn($e: String!, $p: String!) {\n    signIn(email: $e, password: $p) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockCreateOrganization($i: CreateOrganizationInput!, $k: String) {\n    createOrganization(input: $i, idempotencyKey: $k) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClockCreateOrganization($i: CreateOrganizationInput!, $k: String) {\n    createOrganization(input: $i, idempotencyKey: $k) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViewsList {\n    savedViews {\n      totalCount\n      nodes {\n        name\n        path\n        query\n        savedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedViewsList {\n    savedViews {\n      totalCount\n      nodes {\n        name\n        path\n        query\n        savedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOfficerId {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerOfficerId {\n    viewer {\n      role\n      apiKeyName\n      officer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateViewsApiKey($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateViewsApiKey($i: CreateApiKeyInput!) {\n    createApiKey(input: $i) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;